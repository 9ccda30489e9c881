using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage;

/// <summary>
/// A store of the graph: the embedded one (in-memory, durable in SQLite) or Neo4j.
/// Reads go through plans (see CoopGraph.Planning); this is the part every tool shares:
/// writes, emptiness and a full read-out for export.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    GraphModel Model { get; }

    /// <summary>Validates the batch against the model and the stored graph, then commits it durably, all or nothing.</summary>
    /// <exception cref="GraphWriteException">The batch was refused; nothing was stored.</exception>
    Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default);

    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    /// <summary>Every node as the write that would recreate it, ordered by id.</summary>
    IAsyncEnumerable<NodeWrite> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every relationship as the write that would recreate it, ordered by id.</summary>
    IAsyncEnumerable<RelationshipWrite> ReadRelationshipsAsync(CancellationToken cancellationToken = default);
}
