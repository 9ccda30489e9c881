using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded;

/// <summary>
/// One consistent version of the graph for the whole of a request: everything read through
/// it reflects the same committed batches, whatever the writer does meanwhile. Handles are
/// dense ints (<see cref="NodeSlotCount"/> bounds them, for visited arrays). Dispose it when
/// done, so the store can drop versions no reader needs; it is not thread-affine, and may be
/// read from several threads.
/// </summary>
public sealed partial class GraphSnapshot : IDisposable
{
    private readonly GraphMemory _memory;
    private readonly StoreState _state;
    private int _disposed;

    internal GraphSnapshot(GraphMemory memory)
    {
        _memory = memory;
        _state = memory.Gate.Enter();
    }

    public GraphModel Model => _memory.Model;

    public long Version => _state.Version;

    /// <summary>Exclusive upper bound of node handles.</summary>
    public int NodeSlotCount => _state.NodeSlotCount;

    public int RelationshipSlotCount => _state.RelationshipSlotCount;

    /// <summary>Live nodes in this snapshot.</summary>
    public int NodeCount => _state.NodeCount;

    public int RelationshipCount => _state.RelationshipCount;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _memory.Gate.Exit(_state.Version);
        }
    }

    /// <summary>The node record this snapshot sees, or null when the node is not live in it.</summary>
    internal NodeRecord? VisibleNode(int node) =>
        (uint)node < (uint)_state.NodeSlotCount && _memory.Nodes.GetOrDefault(node)?.At(_state.Version) is { Deleted: false } record
            ? record
            : null;

    internal RelationshipRecord? VisibleRelationship(int relationship) =>
        (uint)relationship < (uint)_state.RelationshipSlotCount
        && _memory.Relationships.GetOrDefault(relationship)?.At(_state.Version) is { Deleted: false } record
            ? record
            : null;

    private NodeRecord Node(int node) =>
        VisibleNode(node) ?? throw new ArgumentOutOfRangeException(nameof(node), node, $"Node handle {node} is not live in snapshot version {Version}.");

    private RelationshipRecord Relationship(int relationship) =>
        VisibleRelationship(relationship)
        ?? throw new ArgumentOutOfRangeException(nameof(relationship), relationship, $"Relationship handle {relationship} is not live in snapshot version {Version}.");
}
