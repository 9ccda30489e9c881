using CoopGraph.Host.Cli;

namespace CoopGraph.Host.Tests.Support;

internal static class Cli
{
    /// <summary>Runs <c>coopgraph</c> with the arguments in this process, capturing what it writes.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CoopGraphCommandLine.InvokeAsync(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
