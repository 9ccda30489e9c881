using System.ComponentModel;
using System.Diagnostics;
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
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@neo4j-cypher", "language-support")))
        {
            Assert.Fail($"The npm packages of {Folder} are not installed. Building this test project runs 'npm ci' there when npm is on the PATH; install Node.js 18+ and npm (Debian: apt-get install nodejs npm), then build again.");
        }

        var input = Path.Combine(Path.GetTempPath(), $"coopgraph-cypher-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, statement = s.Statement, parameters = s.Parameters })));
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("lint.mjs");
            start.ArgumentList.Add(input);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (Win32Exception e)
            {
                Assert.Fail($"Node.js is needed for this test and could not be started ({e.Message}). Install Node.js 18+ (Debian: apt-get install nodejs npm).");
                throw;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
                await process.WaitForExitAsync(timeout.Token);
                return (process.ExitCode, await output + await error);
            }
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
