namespace CoopGraph.Tests.Shared;

/// <summary>
/// Folders of the repository, found from the test's output folder, so tests read the real type definitions and
/// seed wherever the repository was cloned.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemaDirectory => Path.Combine(Root, "schema");

    public static string SeedDirectory => Path.Combine(Root, "seed");

    public static string ArticlesDirectory => Path.Combine(SeedDirectory, "articles");

    /// <summary>The source folder of a test project (<c>tests/NAME</c>), where its snapshots are kept.</summary>
    public static string TestProject(string name) => Path.Combine(Root, "tests", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CoopGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CoopGraph.sln) was not found above " + AppContext.BaseDirectory);
    }
}
