using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;

namespace CoopGraph.Host.Hosting;

/// <summary>Opens the configured store; each store kind is one case here.</summary>
internal static class GraphStoreFactory
{
    public static async Task<OpenStore> OpenAsync(GraphModel model, CoopGraphOptions options, CancellationToken cancellationToken)
    {
        switch (options.Store)
        {
            case StoreKind.Embedded:
                var dataPath = Path.GetFullPath(options.DataPath);
                Directory.CreateDirectory(Path.GetDirectoryName(dataPath)!);
                var embedded = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = dataPath }, cancellationToken);
                return new OpenStore(embedded, new EmbeddedPlanExecutor(embedded));
            default:
                throw new InvalidOperationException($"The store kind '{options.Store}' is not known (CoopGraph:Store).");
        }
    }
}
