using CoopGraph.Storage.Embedded.Persistence;

namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Builds an empty <see cref="GraphMemory"/> from stored rows in bulk: nodes first, then
/// relationships, then every node's adjacency at once (counted, bucketed and sorted like a
/// CSR build) rather than one copy-on-write per relationship.
/// </summary>
internal sealed class GraphLoader(GraphMemory memory, long version)
{
    private int[] _labels = [];
    private object?[]?[] _values = [];
    private SourceList?[] _sources = [];
    private FactStamp?[] _stamps = [];
    private int _nodeSlots;
    private int _nodeCount;
    private int[] _labelCounts = [];
    private int[] _labelSlotCounts = [];
    private int[] _relationshipSlot = [];
    private int[] _relationshipType = [];
    private int[] _relationshipStart = [];
    private int[] _relationshipEnd = [];
    private int _relationshipCount;
    private int _relationshipSlots;

    public void BeginNodes(int slots, int rows)
    {
        _nodeSlots = slots;
        _labels = new int[slots];
        _values = new object?[]?[slots];
        _sources = new SourceList?[slots];
        _stamps = new FactStamp?[slots];
        _labelCounts = new int[memory.Model.Labels.Count];
        _labelSlotCounts = new int[memory.Model.Labels.Count];
        memory.Nodes.EnsureCapacity(slots);
        memory.NodeIds.EnsureCapacity(slots);
        memory.IdIndex.Reserve(rows);
    }

    public void AddNode(int slot, string id, int label, ReadOnlySpan<byte> properties, SourceList sources, FactStamp stamp)
    {
        var layout = memory.Layouts[label];
        var values = new object?[layout.Length];
        if (!properties.IsEmpty)
        {
            PropertyJson.Read(properties, layout.Label.FindProperty, values, $"node '{id}'");
            layout.Fold(values);
        }

        _labels[slot] = label;
        _values[slot] = values;
        _sources[slot] = sources;
        _stamps[slot] = stamp;
        memory.NodeIds[slot] = id;
        memory.IdIndex.AddNew(StringComparer.Ordinal.GetHashCode(id), slot);
        var labelSlots = memory.LabelSlots[label];
        labelSlots.EnsureCapacity(_labelSlotCounts[label] + 1);
        labelSlots[_labelSlotCounts[label]++] = slot;
        _labelCounts[label]++;
        _nodeCount++;
        var indexes = memory.PropertyIndexes[label];
        for (var i = 0; i < indexes.Length; i++)
        {
            if (indexes[i] is { } index && values[i] is { } value)
            {
                index.AddNew(CanonicalValues.Hash(value), slot);
            }
        }
    }

    public void BeginRelationships(int slots, int rows)
    {
        _relationshipSlots = slots;
        memory.Relationships.EnsureCapacity(slots);
        _relationshipSlot = new int[rows];
        _relationshipType = new int[rows];
        _relationshipStart = new int[rows];
        _relationshipEnd = new int[rows];
    }

    public void AddRelationship(int slot, int type, int start, int end, ReadOnlySpan<byte> properties, SourceList sources, FactStamp stamp)
    {
        if ((uint)start >= (uint)_nodeSlots || _values[start] is null || (uint)end >= (uint)_nodeSlots || _values[end] is null)
        {
            throw new InvalidDataException($"Stored relationship slot {slot} joins node slots {start} and {end}, which are not both stored.");
        }

        object?[]? values = null;
        if (!properties.IsEmpty && memory.Model.RelationshipTypes[type].Properties is { } definitions)
        {
            values = new object?[definitions.Properties.Count];
            PropertyJson.Read(properties, definitions.FindProperty, values, $"relationship slot {slot}");
        }

        memory.Relationships[slot] = new RelationshipRecord(version, null, type, start, end, false, values, sources, stamp);
        var row = _relationshipCount++;
        _relationshipSlot[row] = slot;
        _relationshipType[row] = type;
        _relationshipStart[row] = start;
        _relationshipEnd[row] = end;
    }

    public void Finish()
    {
        var outgoing = BuildAdjacency(_relationshipStart, _relationshipEnd);
        var incoming = BuildAdjacency(_relationshipEnd, _relationshipStart);
        for (var slot = 0; slot < _nodeSlots; slot++)
        {
            if (_values[slot] is { } values)
            {
                memory.Nodes[slot] = new NodeRecord(version, null, _labels[slot], false, values, _sources[slot], _stamps[slot], outgoing[slot], incoming[slot]);
            }
        }

        memory.Gate.Publish(new StoreState(version, _nodeSlots, _relationshipSlots, _nodeCount, _relationshipCount, _labelCounts, _labelSlotCounts));
    }

    private AdjacencyEntry[][] BuildAdjacency(int[] from, int[] to)
    {
        var offsets = new int[_nodeSlots + 1];
        for (var row = 0; row < _relationshipCount; row++)
        {
            offsets[from[row] + 1]++;
        }

        for (var slot = 0; slot < _nodeSlots; slot++)
        {
            offsets[slot + 1] += offsets[slot];
        }

        var keys = new long[_relationshipCount];
        var entries = new TypedEntry[_relationshipCount];
        var fill = (int[])offsets.Clone();
        for (var row = 0; row < _relationshipCount; row++)
        {
            var position = fill[from[row]]++;
            var entry = new TypedEntry(_relationshipType[row], to[row], _relationshipSlot[row]);
            keys[position] = entry.Key;
            entries[position] = entry;
        }

        var result = new AdjacencyEntry[_nodeSlots][];
        for (var slot = 0; slot < _nodeSlots; slot++)
        {
            var start = offsets[slot];
            var length = offsets[slot + 1] - start;
            var span = entries.AsSpan(start, length);
            keys.AsSpan(start, length).Sort(span);
            result[slot] = Adjacency.Build(span);
        }

        return result;
    }
}
