namespace CoopGraph.Host.Configuration;

/// <summary>The configuration names a setting that does not exist, or gives one a value it cannot take; one line per problem.</summary>
internal sealed class InvalidSettingsException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
