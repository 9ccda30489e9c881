using System.ComponentModel;
using System.Diagnostics;

namespace CoopGraph.Host.Tests.Support;

/// <summary>Runs the Node scripts of <c>tests/CoopGraph.Host.Tests/Audit</c>; fails the test, with what to do, when Node or the packages are missing.</summary>
internal static class NodeTool
{
    public static string AuditFolder { get; } = FindAuditFolder();

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(AuditFolder, "node_modules", "graphql-http")))
        {
            Assert.Fail($"The npm packages of {AuditFolder} are not installed. Building this test project runs 'npm ci' there when npm is on the PATH; install Node.js 18+ and npm (Debian: apt-get install nodejs npm), then build again.");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = AuditFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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
