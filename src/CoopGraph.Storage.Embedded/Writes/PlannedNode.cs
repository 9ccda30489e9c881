using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>A node touched by a batch: what it was before the batch and what it is after it.</summary>
internal sealed class PlannedNode(int slot, string id, int label, NodeRecord? original, bool isNewSlot)
{
    public int Slot { get; } = slot;

    public string Id { get; } = id;

    public int Label { get; } = label;

    /// <summary>The live record before the batch, or null when the node did not exist.</summary>
    public NodeRecord? Original { get; } = original;

    /// <summary>The slot was given out by this batch (the id was never stored before).</summary>
    public bool IsNewSlot { get; } = isNewSlot;

    public bool Live { get; set; } = original is not null;

    public object?[]? Values { get; set; } = original?.Values;

    public SourceList? Sources { get; set; } = original?.Sources;

    /// <summary>The stamp after the batch: set when the node's stored state changes.</summary>
    public FactStamp? Stamp { get; set; } = original?.Stamp;

    /// <summary>The operation that last wrote the node, to which errors about its final state point.</summary>
    public int LastOperation { get; set; }

    public bool IsUnchanged(LabelLayout layout) =>
        Original is not null && Live && ReferenceEquals(Original.Sources, Sources) && layout.SameValues(Original.Values, Values!);
}
