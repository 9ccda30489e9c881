using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Backends;

namespace CoopGraph.Host.Hosting;

/// <summary>Opens the configured store for the server and the tools alike: opened, then prepared for the model.</summary>
internal static class StoreOpener
{
    /// <summary>
    /// The store of kind <paramref name="kind"/>, initialised: preparing is safe on every open (Neo4j's constraints and
    /// indexes are <c>IF NOT EXISTS</c>), so a store the server or a tool opens always fits the model.
    /// </summary>
    /// <param name="readOnly">Read only (export): the embedded store takes no lock, so it may run beside a server.</param>
    /// <exception cref="UnknownStoreKindException">No store of that kind is registered.</exception>
    /// <exception cref="StoreSettingsException">The store's settings cannot work.</exception>
    public static async Task<IGraphBackend> OpenAsync(
        this StoreRegistry stores, string kind, GraphModel model, IConfiguration configuration, CancellationToken cancellationToken, bool readOnly = false)
    {
        var store = await stores.OpenAsync(kind, new StoreOpening(model, configuration, readOnly), cancellationToken);
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
