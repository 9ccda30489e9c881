namespace CoopGraph.Seed;

/// <summary>
/// Finds the default seed. The build copies the repository's <c>seed/</c> beside every executable
/// that references this project, so a published host carries its seed; when running from a
/// source tree, the repository's own <c>seed/</c> is found by walking up from the working folder.
/// </summary>
public static class SeedFolder
{
    public const string Name = "seed";

    /// <summary>The default seed folder, or null when there is none.</summary>
    public static string? FindDefault(string? startDirectory = null)
    {
        var besideExecutable = Path.Combine(AppContext.BaseDirectory, Name);
        if (IsSeedFolder(besideExecutable))
        {
            return besideExecutable;
        }

        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Name);
            if (IsSeedFolder(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static bool IsSeedFolder(string path) => Directory.Exists(Path.Combine(path, SeedLayout.NodesFolder));
}
