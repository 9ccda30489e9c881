namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>One version of a node slot, with its adjacency in the <see cref="Adjacency"/> layout.</summary>
internal sealed class NodeRecord(
    long version,
    NodeRecord? previous,
    int label,
    bool deleted,
    object?[] values,
    SourceList? sources,
    FactStamp? stamp,
    AdjacencyEntry[] outgoing,
    AdjacencyEntry[] incoming) : VersionedRecord<NodeRecord>(version, previous, deleted)
{
    public int Label { get; } = label;

    /// <summary>Canonical values by property ordinal, then the folded strings (see <see cref="LabelLayout"/>).</summary>
    public object?[] Values { get; } = values;

    public SourceList? Sources { get; } = sources;

    /// <summary>Null on a tombstone.</summary>
    public FactStamp? Stamp { get; } = stamp;

    public AdjacencyEntry[] Outgoing { get; } = outgoing;

    public AdjacencyEntry[] Incoming { get; } = incoming;
}
