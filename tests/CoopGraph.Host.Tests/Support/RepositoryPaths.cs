namespace CoopGraph.Host.Tests.Support;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

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
