namespace CoopGraph.Storage.Writes;

/// <summary>
/// Writes applied all or nothing, in order: a later operation sees the earlier ones
/// (a relationship may point at a node created earlier in the same batch).
/// </summary>
public sealed class GraphBatch
{
    private readonly List<GraphWrite> _operations = [];

    public GraphBatch()
    {
    }

    public GraphBatch(IEnumerable<GraphWrite> operations) => _operations.AddRange(operations);

    public IReadOnlyList<GraphWrite> Operations => _operations;

    public int Count => _operations.Count;

    /// <summary>Who writes: the name stamped on every fact the batch creates or changes (<see cref="FactStamp"/>).</summary>
    public string Actor { get; init; } = FactStamp.SeedActor;

    /// <summary>Set when the batch answers a request with an Idempotency-Key; see <see cref="IdempotencyMark"/>.</summary>
    public IdempotencyMark? Idempotency { get; init; }

    public GraphBatch Add(GraphWrite operation)
    {
        _operations.Add(operation);
        return this;
    }
}
