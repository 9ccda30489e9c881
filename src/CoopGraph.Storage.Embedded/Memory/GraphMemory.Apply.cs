using CoopGraph.Storage.Embedded.Writes;

namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Applying a planned batch. Nothing here can fail on valid input: every check ran while planning. New records carry
/// the new version, so readers of older versions walk past them; the version becomes visible only when
/// <see cref="PublishPending"/> publishes it, which the writer does once the group of batches it belongs to is durable.
/// Until then the writer alone sees it (the next batch of the group is planned on top of it).
/// </summary>
internal sealed partial class GraphMemory
{
    private readonly HashSet<int> _prunableNodes = [];
    private readonly HashSet<int> _prunableRelationships = [];
    private StoreState? _pending;

    /// <summary>The writer's state: the last applied batch, published or not.</summary>
    public StoreState Pending => _pending ?? Gate.Current;

    public void Apply(WritePlan plan, SourceListInterner interner)
    {
        var state = Pending;
        var version = state.Version + 1;
        Nodes.EnsureCapacity(plan.NodeSlotCount);
        NodeIds.EnsureCapacity(plan.NodeSlotCount);
        Relationships.EnsureCapacity(plan.RelationshipSlotCount);
        foreach (var list in plan.NewSourceLists)
        {
            interner.Add(list);
        }

        using var outgoing = new AddedAdjacency(plan.Relationships.Count);
        using var incoming = new AddedAdjacency(plan.Relationships.Count);
        var touched = new List<int>(plan.Nodes.Count + (2 * plan.Relationships.Count));
        HashSet<int>? removed = null;
        var relationshipCount = state.RelationshipCount;
        foreach (var relationship in plan.Relationships)
        {
            var key = relationship.Key;
            var slot = relationship.Slot;
            var head = Relationships[slot];
            Relationships[slot] = new RelationshipRecord(
                version, head, key.Type, key.Start, key.End, !relationship.Live, relationship.Values, relationship.Sources, relationship.Live ? relationship.Stamp : null);
            if (head is not null)
            {
                _prunableRelationships.Add(slot);
            }

            if (relationship.Original is null)
            {
                outgoing.Add(key.Start, new TypedEntry(key.Type, key.End, slot));
                incoming.Add(key.End, new TypedEntry(key.Type, key.Start, slot));
                relationshipCount++;
            }
            else if (!relationship.Live)
            {
                (removed ??= []).Add(slot);
                touched.Add(key.Start);
                touched.Add(key.End);
                relationshipCount--;
            }
        }

        outgoing.Seal();
        incoming.Seal();
        outgoing.AddNodesTo(touched);
        incoming.AddNodesTo(touched);

        var labelCounts = (int[])state.LabelCounts.Clone();
        var labelSlotCounts = (int[])state.LabelSlotCounts.Clone();
        var nodeCount = state.NodeCount;
        var changed = new Dictionary<int, PlannedNode>(plan.Nodes.Count);
        foreach (var node in plan.Nodes)
        {
            changed[node.Slot] = node;
            touched.Add(node.Slot);
            var change = (node.Live ? 1 : 0) - (node.Original is null ? 0 : 1);
            labelCounts[node.Label] += change;
            nodeCount += change;
        }

        var slots = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(touched);
        slots.Sort();
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[i];
            if (i > 0 && slot == slots[i - 1])
            {
                continue;
            }

            var head = Nodes[slot];
            var planned = changed.GetValueOrDefault(slot);
            var label = planned?.Label ?? head!.Label;
            var live = planned?.Live ?? true;
            var values = planned is null ? head!.Values : planned.Values ?? Layouts[label].Empty;
            var sources = planned is null ? head!.Sources : planned.Sources;
            var stamp = planned is null ? head!.Stamp : planned.Stamp;
            var oldOut = head is { Deleted: false } ? head.Outgoing : Adjacency.Empty;
            var oldIn = head is { Deleted: false } ? head.Incoming : Adjacency.Empty;
            var addedOut = outgoing.Take(slot);
            var addedIn = incoming.Take(slot);
            var newOut = live ? Rebuild(oldOut, addedOut, removed) : Adjacency.Empty;
            var newIn = live ? Rebuild(oldIn, addedIn, removed) : Adjacency.Empty;
            Nodes[slot] = new NodeRecord(version, head, label, !live, values, sources, live ? stamp : null, newOut, newIn);
            if (head is not null)
            {
                _prunableNodes.Add(slot);
            }
        }

        // Indexes last: an entry may point at a record readers of older versions skip.
        foreach (var node in plan.Nodes)
        {
            if (node.IsNewSlot)
            {
                NodeIds[node.Slot] = node.Id;
                IdIndex.AddNew(StringComparer.Ordinal.GetHashCode(node.Id), node.Slot);
                var labelSlots = LabelSlots[node.Label];
                labelSlots.EnsureCapacity(labelSlotCounts[node.Label] + 1);
                labelSlots[labelSlotCounts[node.Label]++] = node.Slot;
            }

            if (node.Live)
            {
                IndexValues(node.Label, node.Slot, node.Values!, node.IsNewSlot);
            }
        }

        _pending = new StoreState(
            version,
            Math.Max(state.NodeSlotCount, plan.NodeSlotCount),
            Math.Max(state.RelationshipSlotCount, plan.RelationshipSlotCount),
            nodeCount,
            relationshipCount,
            labelCounts,
            labelSlotCounts);
    }

    /// <summary>Makes every applied batch visible to readers, then drops the record versions no reader needs any more.</summary>
    public void PublishPending()
    {
        if (_pending is { } state)
        {
            Gate.Publish(state);
            _pending = null;
            Prune();
        }
    }

    /// <summary>Indexes the values; a slot new in this batch cannot be in an index yet, so it skips the duplicate check.</summary>
    private void IndexValues(int label, int slot, object?[] values, bool isNewSlot)
    {
        var indexes = PropertyIndexes[label];
        for (var i = 0; i < indexes.Length; i++)
        {
            if (indexes[i] is { } index && values[i] is { } value)
            {
                if (isNewSlot)
                {
                    index.AddNew(CanonicalValues.Hash(value), slot);
                }
                else
                {
                    index.Add(CanonicalValues.Hash(value), slot);
                }
            }
        }
    }

    private static AdjacencyEntry[] Rebuild(AdjacencyEntry[] old, ReadOnlySpan<TypedEntry> added, HashSet<int>? removed) =>
        added.IsEmpty && removed is null ? old : Adjacency.Merge(old, added, removed);
}
