namespace CoopGraph.Storage.Backends;

/// <summary><c>CoopGraph:Store</c> names a store this build does not carry.</summary>
public sealed class UnknownStoreKindException(string kind, IReadOnlyList<string> known)
    : InvalidOperationException($"The store kind '{kind}' is not known (CoopGraph:Store); the known kinds are {string.Join(", ", known)}.")
{
    public string Kind { get; } = kind;

    public IReadOnlyList<string> KnownKinds { get; } = known;
}
