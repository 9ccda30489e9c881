using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>
/// A checked batch reduced to its effect: the nodes and relationships whose stored state
/// changes (unchanged ones are left out) and the new source lists. Everything that can fail
/// has been checked when a plan exists, so persisting and applying it only moves data.
/// </summary>
internal sealed class WritePlan
{
    public List<PlannedNode> Nodes { get; } = [];

    public List<PlannedRelationship> Relationships { get; } = [];

    public List<SourceList> NewSourceLists { get; } = [];

    public int NodeSlotCount { get; set; }

    public int RelationshipSlotCount { get; set; }

    public WriteCounts Counts { get; } = new();

    public bool ChangesNothing => Nodes.Count == 0 && Relationships.Count == 0;
}
