using System.CommandLine;
using System.CommandLine.Invocation;
using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Cli;

/// <summary>
/// Runs a command's own action and turns a configuration it refused into one line per problem on the error output and
/// <see cref="ExitCodes.InvalidSettings"/>: a misspelt setting is the user's to fix, not a crash with a stack trace.
/// </summary>
internal sealed class InvalidSettingsAction(CommandLineAction action) : AsynchronousCommandLineAction
{
    /// <summary>Wraps the action of <paramref name="command"/> and of every command below it.</summary>
    public static void Apply(Command command)
    {
        if (command.Action is { } action and not InvalidSettingsAction)
        {
            command.Action = new InvalidSettingsAction(action);
        }

        foreach (var subcommand in command.Subcommands)
        {
            Apply(subcommand);
        }
    }

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        try
        {
            return action switch
            {
                AsynchronousCommandLineAction asynchronous => await asynchronous.InvokeAsync(parseResult, cancellationToken),
                SynchronousCommandLineAction synchronous => synchronous.Invoke(parseResult),
                _ => throw new InvalidOperationException($"A command action of type {action.GetType().Name} cannot be run."),
            };
        }
        catch (InvalidSettingsException e)
        {
            await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message);
            return ExitCodes.InvalidSettings;
        }
    }
}
