namespace CoopGraph.Tests.Shared;

/// <summary>A data file path in a fresh temporary folder (the file itself is not made), removed on dispose.</summary>
internal sealed class TempDataFile : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public string Path => _folder.Combine("graph.db");

    public void Dispose() => _folder.Dispose();
}
