using System.CommandLine;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Cli;

/// <summary>
/// <c>coopgraph neo4j init</c>: <c>coopgraph init</c> on the Neo4j store whatever <c>CoopGraph:Store</c> says, so an
/// operator can prepare the database before switching the server to it.
/// </summary>
internal sealed class Neo4jInitCommand : ICliCommand
{
    public Command Create()
    {
        var init = new Command("init", "Create the constraints and indexes of the model in the configured Neo4j database.")
        {
            // Settings such as --CoopGraph:Neo4j:Uri=http://host:7474 pass through to configuration.
            TreatUnmatchedTokensAsErrors = false,
        };
        init.SetAction((parseResult, cancellationToken) => InitCommand.RunAsync(parseResult, Neo4jGraphStore.StoreKind, cancellationToken));
        return new Command("neo4j", "Tools for the Neo4j store.") { init };
    }
}
