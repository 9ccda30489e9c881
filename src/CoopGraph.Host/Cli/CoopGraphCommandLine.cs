using System.CommandLine;
using CoopGraph.Host.Hosting;

namespace CoopGraph.Host.Cli;

/// <summary>The <c>coopgraph</c> executable: <c>serve</c> (the default), and tools that share its configuration.</summary>
internal static class CoopGraphCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("CoopGraph: a GraphQL knowledge graph of cooperation between Vietnamese and Japanese localities.");
        foreach (var option in CommonOptions.All)
        {
            root.Options.Add(option);
        }

        ServeCommand.Configure(root);
        var commands = typeof(ICliCommand).Assembly.GetTypes()
            .Where(t => typeof(ICliCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => ((ICliCommand)Activator.CreateInstance(t)!).Create())
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static Task<int> InvokeAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var configuration = new InvocationConfiguration
        {
            // Longer than the host's own shutdown timeout, so that in-flight requests finish before the process ends.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(45),

            // Problems a user can fix are printed as their one-line message below, not as a stack trace.
            EnableDefaultExceptionHandler = false,
        };
        if (output is not null)
        {
            configuration.Output = output;
        }

        if (error is not null)
        {
            configuration.Error = error;
        }

        return InvokeAsync(Create().Parse(args), configuration);
    }

    private static async Task<int> InvokeAsync(ParseResult parseResult, InvocationConfiguration configuration)
    {
        try
        {
            return await parseResult.InvokeAsync(configuration);
        }
        catch (Exception e) when (UserFacing.ExitCode(e) is { } exitCode)
        {
            await configuration.Error.WriteLineAsync(e.Message);
            return exitCode;
        }
    }
}
