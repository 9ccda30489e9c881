namespace CoopGraph.Host.Hosting;

/// <summary>
/// Finds the folders the server reads (<c>schema/</c>, <c>seed/</c>, the IDE files) whether it runs published
/// (they sit beside the executable), from <c>dotnet run</c> or a test (they sit in the repository above the binaries).
/// </summary>
internal static class ProjectPaths
{
    public const string HostProjectFolder = "src/CoopGraph.Host";

    /// <summary>The first existing <c>start/relative</c> or <c>start/alternative/relative</c>, for the executable's folder, the content root, the working directory and their ancestors.</summary>
    public static string? FindFolder(string relative, string? contentRoot = null, string? alternativeParent = null)
    {
        foreach (var start in StartFolders(contentRoot))
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }

                if (alternativeParent is not null)
                {
                    candidate = Path.Combine(folder.FullName, alternativeParent, relative);
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> StartFolders(string? contentRoot)
    {
        yield return AppContext.BaseDirectory;
        if (contentRoot is not null)
        {
            yield return contentRoot;
        }

        yield return Directory.GetCurrentDirectory();
    }
}
