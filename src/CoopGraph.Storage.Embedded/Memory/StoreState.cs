namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// What one published version looks like from outside the slots: the bounds and counts a
/// snapshot reads. Immutable; the writer publishes a new one per committed batch.
/// </summary>
internal sealed record StoreState(
    long Version,
    int NodeSlotCount,
    int RelationshipSlotCount,
    int NodeCount,
    int RelationshipCount,
    int[] LabelCounts,
    int[] LabelSlotCounts);
