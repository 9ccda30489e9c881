namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>One version of a relationship slot.</summary>
internal sealed class RelationshipRecord(
    long version,
    RelationshipRecord? previous,
    int type,
    int start,
    int end,
    bool deleted,
    object?[]? values,
    SourceList? sources,
    FactStamp? stamp) : VersionedRecord<RelationshipRecord>(version, previous, deleted)
{
    public int Type { get; } = type;

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>Values by property ordinal of the type's properties type; null when the relationship has none.</summary>
    public object?[]? Values { get; } = values;

    public SourceList? Sources { get; } = sources;

    /// <summary>Null on a tombstone.</summary>
    public FactStamp? Stamp { get; } = stamp;
}
