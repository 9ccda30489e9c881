using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>A relationship touched by a batch: before (its slot and record, if it existed) and after.</summary>
internal sealed class PlannedRelationship(RelationshipKey key, int slot, RelationshipRecord? original)
{
    public RelationshipKey Key { get; } = key;

    /// <summary>The stored slot, or -1 until a created relationship is given one.</summary>
    public int Slot { get; set; } = slot;

    public RelationshipRecord? Original { get; } = original;

    public bool Live { get; set; } = original is not null;

    public object?[]? Values { get; set; } = original?.Values;

    public SourceList? Sources { get; set; } = original?.Sources;

    /// <summary>The stamp after the batch: set when the relationship's stored state changes.</summary>
    public FactStamp? Stamp { get; set; } = original?.Stamp;

    public int LastOperation { get; set; }

    public bool IsUnchanged =>
        Original is not null && Live && ReferenceEquals(Original.Sources, Sources) && CanonicalValues.AreEqual(Original.Values, Values);
}
