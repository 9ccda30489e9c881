using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Neo4j's own Cypher front end — the parser and semantic analysis of its editors' Cypher language
/// support, run with Node from <c>CypherFrontEnd/package-lock.json</c>, which the build installs. It
/// checks syntax, scoping and clause rules as Neo4j 5's Cypher 5 does, without a server.
/// </summary>
internal static class CypherFrontEnd
{
    private static readonly string Folder = FindFolder();

    /// <summary>Lints the statements; the exit code is 0 when none has an error or a warning.</summary>
    public static async Task<(int ExitCode, string Report)> LintAsync(IReadOnlyList<KitStatement> statements)
    {
        var input = Path.Combine(Path.GetTempPath(), $"coopgraph-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, statement = s.Statement, parameters = s.Parameters })));
        try
        {
            return await NodeScript.RunAsync(Folder, "@neo4j-cypher/language-support", "lint.mjs", input);
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "CoopGraph.Storage.Neo4j.Tests", "CypherFrontEnd");
            if (File.Exists(Path.Combine(candidate, "lint.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/CoopGraph.Storage.Neo4j.Tests/CypherFrontEnd was not found above " + AppContext.BaseDirectory);
    }
}
