
namespace CoopGraph.Host.Tests.Support;

/// <summary>Runs the Node scripts of <c>tests/CoopGraph.Host.Tests/Audit</c>.</summary>
internal static class NodeTool
{
    public static string AuditFolder { get; } = FindAuditFolder();

    public static Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments) =>
        NodeScript.RunAsync(AuditFolder, "graphql-http", script, arguments);

    private static string FindAuditFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "CoopGraph.Host.Tests", "Audit");
            if (File.Exists(Path.Combine(candidate, "audit.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/CoopGraph.Host.Tests/Audit was not found above " + AppContext.BaseDirectory);
    }
}
