using System.CommandLine;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Cli;

/// <summary>
/// <c>coopgraph neo4j init</c>: <c>coopgraph init</c> on the Neo4j store whatever <c>CoopGraph:Store</c> says, so an
/// operator can prepare the database before switching the server to it.
/// </summary>
internal sealed class Neo4jInitCommand : ICliCommand
{
    public Command Create() => new("neo4j", "Tools for the Neo4j store.")
    {
        InitCommand.Create("Create the constraints and indexes of the model in the configured Neo4j database.", Neo4jGraphStore.StoreKind),
    };
}
