namespace CoopGraph.Tests.Shared;

/// <summary>A fresh folder under the system's temporary folder, removed with its content on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder() => Path = Directory.CreateTempSubdirectory("coopgraph-tests-").FullName;

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes a file (relative path) with the given lines, each ended by a line feed, and returns its full path.</summary>
    public string Write(string relativePath, params string[] lines)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The test removed it itself.
        }
        catch (IOException)
        {
            // A file still held by a process that is ending; the system's temporary folder is cleaned anyway.
        }
    }
}
