using System.CommandLine;
using CoopGraph.Host.Hosting;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Cli;

/// <summary>
/// <c>coopgraph init</c>: prepares the configured store for the model (Neo4j: its uniqueness constraints, indexes and
/// full-text index; the embedded store: nothing). Running it again changes nothing. The server also does it when it
/// starts; this command lets an operator do it ahead of time.
/// </summary>
internal sealed class InitCommand : ICliCommand
{
    public Command Create() => Create("Prepare the configured store for the model (on Neo4j: its constraints and indexes).", kind: null);

    /// <summary>An <c>init</c> command for the store of <paramref name="kind"/>, or the configured one when null.</summary>
    public static Command Create(string description, string? kind)
    {
        var init = new Command("init", description)
        {
            // Settings such as --CoopGraph:Neo4j:Uri=http://host:7474 pass through to configuration.
            TreatUnmatchedTokensAsErrors = false,
        };
        init.SetAction((parseResult, cancellationToken) => RunAsync(parseResult, kind, cancellationToken));
        return init;
    }

    /// <summary>Initialises the store of <paramref name="kind"/>, or the configured one when null, and prints what was done.</summary>
    private static async Task<int> RunAsync(ParseResult parseResult, string? kind, CancellationToken cancellationToken)
    {
        using var tool = ToolContext.Create(parseResult);
        var model = tool.LoadModel();
        try
        {
            await using var store = await BuiltInStores.Registry.OpenAsync(kind ?? tool.Options.Store, new StoreOpening(model, tool.Configuration), cancellationToken);
            tool.Output.WriteLine(await store.InitializeAsync(cancellationToken));
            return ExitCodes.Success;
        }
        catch (StoreSettingsException e)
        {
            foreach (var problem in e.Problems)
            {
                tool.Error.WriteLine(problem);
            }

            return ExitCodes.InvalidInput;
        }
        catch (StoreUnavailableException e)
        {
            tool.Error.WriteLine($"{StoreUnavailableException.Code}: {e.Message}");
            return ExitCodes.StoreUnavailable;
        }
    }
}
