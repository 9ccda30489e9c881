using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed.Tests;

/// <summary>A store that counts the batches it is given and refuses each at one operation, as a store's own checks would.</summary>
internal sealed class RefusingStore(IGraphStore inner, int refuseOperation) : IGraphStore
{
    public int Batches { get; private set; }

    public GraphModel Model => inner.Model;

    public Task<WriteResult> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        Batches++;
        throw new GraphWriteException([new WriteError(refuseOperation, "REFUSED", "refused by the store")]);
    }

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => inner.IsEmptyAsync(cancellationToken);

    public IAsyncEnumerable<NodeWrite> ReadNodesAsync(CancellationToken cancellationToken = default) => inner.ReadNodesAsync(cancellationToken);

    public IAsyncEnumerable<RelationshipWrite> ReadRelationshipsAsync(CancellationToken cancellationToken = default) => inner.ReadRelationshipsAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
