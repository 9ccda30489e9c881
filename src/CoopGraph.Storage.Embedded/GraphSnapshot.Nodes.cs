using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded;

/// <summary>Reading nodes: lookup, properties, scans and indexes.</summary>
public sealed partial class GraphSnapshot
{
    public bool TryFindNode(string id, out int node)
    {
        if (_memory.TryFindSlot(id, out node) && VisibleNode(node) is not null)
        {
            return true;
        }

        node = -1;
        return false;
    }

    /// <summary>True when the node is live in this snapshot.</summary>
    public bool IsVisible(int node) => VisibleNode(node) is not null;

    public string GetNodeId(int node)
    {
        Node(node);
        return _memory.NodeIds[node]!;
    }

    public NodeType GetLabel(int node) => Model.Labels[Node(node).Label];

    /// <summary>The canonical value, or null when the node has none for the property.</summary>
    public object? GetProperty(int node, PropertyDefinition property) => Node(node).Values[property.Ordinal];

    /// <summary>The value of a scalar String property folded by TextFolding, computed at write time.</summary>
    public string? GetFoldedString(int node, PropertyDefinition property)
    {
        var record = Node(node);
        var slot = _memory.Layouts[record.Label].FoldSlot(property);
        return slot < 0
            ? throw new ArgumentException($"{property.Name} is not a scalar String property; only those are folded.", nameof(property))
            : (string?)record.Values[slot];
    }

    public IReadOnlyList<SourceRef> GetNodeSources(int node) => Node(node).Sources?.References ?? [];

    public FactStamp GetNodeStamp(int node) => Node(node).Stamp ?? FactStamp.Unrecorded;

    /// <summary>Live nodes of a label, in ascending handle order; a struct enumerable.</summary>
    public NodeScan ScanLabel(NodeType label) =>
        new(this, _memory.LabelSlots[label.Ordinal], _state.LabelSlotCounts[label.Ordinal]);

    /// <summary>Every live node, in ascending handle order.</summary>
    public NodeScan ScanAll() => new(this, null, _state.NodeSlotCount);

    public int CountNodes(NodeType label) => _state.LabelCounts[label.Ordinal];

    /// <summary>
    /// Nodes of a label whose @unique or @index property equals the value exactly (canonical
    /// form, e.g. long for Int). Hash lookup; every candidate is checked against this snapshot.
    /// </summary>
    public IEnumerable<int> FindByProperty(NodeType label, PropertyDefinition property, object value)
    {
        var index = _memory.PropertyIndexes[label.Ordinal][property.Ordinal]
            ?? throw new ArgumentException($"{label.Name}.{property.Name} has no index: only @unique and @index scalar properties do.", nameof(property));
        return Matches(index, property.Ordinal, value);
    }

    private List<int> Matches(SlotHashIndex index, int ordinal, object value)
    {
        var found = new List<int>();
        var candidates = index.Find(CanonicalValues.Hash(value));
        while (candidates.MoveNext())
        {
            if (VisibleNode(candidates.Current) is { } record && CanonicalValues.AreEqual(record.Values[ordinal], value))
            {
                found.Add(candidates.Current);
            }
        }

        found.Sort();
        return found;
    }
}
