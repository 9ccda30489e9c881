namespace CoopGraph.Storage.Backends;

/// <summary>A store's settings cannot work (no server address, a blank data file…); each problem says what to set.</summary>
public sealed class StoreSettingsException(string kind, IReadOnlyList<string> problems)
    : InvalidOperationException($"{kind} store configuration: {string.Join(" ", problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
