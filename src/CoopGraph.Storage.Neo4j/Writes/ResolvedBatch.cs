using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// A batch checked against the stored graph, in order, and reduced to its net effect: what to delete
/// and what to write (only what changes), with the counts of every operation as it applied.
/// </summary>
internal sealed class ResolvedBatch
{
    public List<WriteError> Errors { get; } = [];

    public WriteCounts Counts { get; } = new();

    /// <summary>Relationship id → what to delete, for relationships in the store that the batch removes.</summary>
    public SortedDictionary<string, RelationshipDelete> RelationshipDeletes { get; } = new(StringComparer.Ordinal);

    /// <summary>Node id → what to delete, for nodes in the store that the batch removes.</summary>
    public SortedDictionary<string, NodeDelete> NodeDeletes { get; } = new(StringComparer.Ordinal);

    /// <summary>Node id → what to write, for nodes the batch creates or changes.</summary>
    public SortedDictionary<string, NodeUpsert> NodeUpserts { get; } = new(StringComparer.Ordinal);

    /// <summary>Relationship id → what to merge, for relationships the batch creates or changes.</summary>
    public SortedDictionary<string, RelationshipUpsert> RelationshipUpserts { get; } = new(StringComparer.Ordinal);

    /// <summary>Nodes that keep a required to-one relationship of a type the batch deletes some of, checked again by the write.</summary>
    public HashSet<RequiredEnd> RequiredEnds { get; } = [];

    public bool Changes => RelationshipDeletes.Count + NodeDeletes.Count + NodeUpserts.Count + RelationshipUpserts.Count > 0;
}
