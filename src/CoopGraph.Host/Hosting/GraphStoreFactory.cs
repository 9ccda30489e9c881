using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;
using CoopGraph.Storage.Neo4j;
using CoopGraph.Storage.Neo4j.Bootstrap;
using CoopGraph.Storage.Neo4j.Reading;

namespace CoopGraph.Host.Hosting;

/// <summary>Opens the configured store; each store kind is one case here.</summary>
internal static class GraphStoreFactory
{
    /// <param name="readOnly">
    /// Read the graph only (export): the embedded store then takes no lock, so it may run beside the server that holds
    /// the file. Writers (the server, seed, import, generate) hold the file's lock while the store is open.
    /// </param>
    public static async Task<OpenStore> OpenAsync(GraphModel model, CoopGraphOptions options, CancellationToken cancellationToken, bool readOnly = false)
    {
        switch (options.Store)
        {
            case StoreKind.Embedded:
                var dataPath = Path.GetFullPath(options.DataPath);
                var embedded = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = dataPath, ReadOnly = readOnly }, cancellationToken);
                return new OpenStore(embedded, new EmbeddedPlanExecutor(embedded));
            case StoreKind.Neo4j:
                var neo4jOptions = options.Neo4j;
                neo4jOptions.ApplyEnvironmentVariables();
                neo4jOptions.EnsureValid();
                var neo4j = Neo4jGraphStore.Create(model, neo4jOptions);

                // Constraints and indexes come from the model and are created IF NOT EXISTS, so every start may apply them.
                await Neo4jSchemaBootstrap.ApplyAsync(neo4j.Client, model, cancellationToken);
                return new OpenStore(neo4j, new Neo4jPlanExecutor(neo4j.Client, model));
            default:
                throw new InvalidOperationException($"The store kind '{options.Store}' is not known (CoopGraph:Store).");
        }
    }
}
