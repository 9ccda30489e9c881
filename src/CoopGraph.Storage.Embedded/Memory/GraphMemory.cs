using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// The in-memory graph: versioned node and relationship slots, the id, label and property
/// indexes, and the version gate. Readers use it through <see cref="GraphSnapshot"/>; only the
/// writer (holding the store's write lock) changes it.
/// </summary>
internal sealed partial class GraphMemory
{
    public GraphMemory(GraphModel model)
    {
        Model = model;
        Layouts = model.Labels.Select(l => new LabelLayout(l)).ToArray();
        LabelSlots = model.Labels.Select(_ => new ChunkedArray<int>()).ToArray();
        PropertyIndexes = model.Labels
            .Select(l => l.Properties.Select(p => p.IsIndexed && !p.IsList ? new SlotHashIndex() : null).ToArray())
            .ToArray();
        Gate = new VersionGate(new StoreState(0, 0, 0, 0, 0, new int[model.Labels.Count], new int[model.Labels.Count]));
    }

    public GraphModel Model { get; }

    public LabelLayout[] Layouts { get; }

    public ChunkedArray<NodeRecord?> Nodes { get; } = new();

    /// <summary>The id of each node slot; fixed for the slot's life (a re-created id reuses its slot).</summary>
    public ChunkedArray<string?> NodeIds { get; } = new();

    public ChunkedArray<RelationshipRecord?> Relationships { get; } = new();

    public SlotHashIndex IdIndex { get; } = new();

    /// <summary>Per label, its slots in ascending order; a state says how many belong to its version.</summary>
    public ChunkedArray<int>[] LabelSlots { get; }

    /// <summary>Per label and property ordinal, the hash index of an @unique/@index property (else null).</summary>
    public SlotHashIndex?[][] PropertyIndexes { get; }

    public VersionGate Gate { get; }

    /// <summary>The slot an id was ever given, live or not.</summary>
    public bool TryFindSlot(string id, out int slot)
    {
        var candidates = IdIndex.Find(StringComparer.Ordinal.GetHashCode(id));
        while (candidates.MoveNext())
        {
            if (string.Equals(NodeIds.GetOrDefault(candidates.Current), id, StringComparison.Ordinal))
            {
                slot = candidates.Current;
                return true;
            }
        }

        slot = -1;
        return false;
    }

    /// <summary>The latest record of a node slot when it is live; the writer's view.</summary>
    public NodeRecord? LiveHead(int slot) => Nodes.GetOrDefault(slot) is { Deleted: false } record ? record : null;

    public RelationshipRecord? LiveRelationshipHead(int slot) =>
        Relationships.GetOrDefault(slot) is { Deleted: false } record ? record : null;
}
