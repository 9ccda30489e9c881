namespace CoopGraph.Storage.Embedded.Tests;

/// <summary>A data file path in a fresh temporary folder, removed on dispose.</summary>
internal sealed class TempDataFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coopgraph-store-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "graph.db");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
