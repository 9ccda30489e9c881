namespace CoopGraph.Seed.Tests;

/// <summary>Finds folders of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemaDirectory => Path.Combine(Root, "schema");

    public static string SeedDirectory => Path.Combine(Root, "seed");

    public static string ArticlesDirectory => Path.Combine(SeedDirectory, "articles");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoopGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root (CoopGraph.sln).");
    }
}
