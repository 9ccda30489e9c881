namespace CoopGraph.Conformance.Tests.Support;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Expected(string name) => Path.Combine(Root, "tests", "CoopGraph.Conformance.Tests", "Expected", name + ".json");

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
