using CoopGraph.Planning;

namespace CoopGraph.Storage.Backends;

/// <summary>
/// An open store behind the whole contract the host and the tools need: writes, emptiness and export reads
/// (<see cref="IGraphStore"/>), reads by plan (<see cref="IPlanExecutor"/>), preparing the store for the model, and a
/// health probe. A store kind provides it through its <see cref="IStoreProvider"/>; nothing outside the store's own
/// project names the concrete type.
/// </summary>
public interface IGraphBackend : IGraphStore, IPlanExecutor
{
    /// <summary>Where the graph lives, for logs and tool output: the data file, or the server and database.</summary>
    string Location { get; }

    /// <summary>
    /// Prepares the store for the model (Neo4j: its constraints and indexes); safe to run on every start, since running
    /// it again changes nothing. The server runs it when it opens the store, <c>coopgraph init</c> on demand.
    /// </summary>
    /// <returns>One line saying what was done, for the operator.</returns>
    Task<string> InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the store answers now: cheap enough to probe every few seconds, and never throws for an unreachable store.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}
