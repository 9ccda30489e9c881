using System.ComponentModel;
using System.Diagnostics;

namespace CoopGraph.Tests.Shared;

/// <summary>
/// Runs a Node script from a test folder whose npm packages the build installs from its lock file
/// (<c>src/CoopGraph.Host/build/NpmCi.targets</c>); fails the test, saying what to do, when Node or the packages are missing.
/// </summary>
internal static class NodeScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder, string package, string script, params string[] arguments)
    {
        if (!Directory.Exists(Path.Combine(folder, "node_modules", package)))
        {
            Assert.Fail($"The npm packages of {folder} are not installed. Building the test project runs 'npm ci' there when npm is on the PATH; install Node.js 18+ and npm (Debian: apt-get install nodejs npm), then build again.");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
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
            // Generous: Neo4j's front end over the whole translation kit takes minutes on a busy two-core machine.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                // A script past its bound is ended, so a stuck run does not keep a core busy after the test has failed.
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, await output + await error);
        }
    }
}
