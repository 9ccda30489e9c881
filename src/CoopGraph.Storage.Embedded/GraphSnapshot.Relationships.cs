using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded;

/// <summary>Reading relationships and adjacency.</summary>
public sealed partial class GraphSnapshot
{
    /// <summary>The node's relationships of one type in one direction, sorted by neighbour handle.</summary>
    public ReadOnlySpan<AdjacencyEntry> GetAdjacency(int node, bool outgoing, RelationshipType type)
    {
        var record = Node(node);
        return Adjacency.OfType(outgoing ? record.Outgoing : record.Incoming, type.Ordinal);
    }

    /// <summary>All the node's relationships in one direction, grouped by type ordinal, then by neighbour.</summary>
    public ReadOnlySpan<AdjacencyEntry> GetAdjacency(int node, bool outgoing)
    {
        var record = Node(node);
        return Adjacency.All(outgoing ? record.Outgoing : record.Incoming);
    }

    /// <summary>
    /// All the node's relationships in both directions from one read of its record, for
    /// traversals that follow every type: half the record lookups of two <see cref="GetAdjacency(int, bool)"/> calls.
    /// </summary>
    internal void GetAdjacency(int node, out ReadOnlySpan<AdjacencyEntry> outgoing, out ReadOnlySpan<AdjacencyEntry> incoming)
    {
        // Most slots were last written before this snapshot: their head record is the one it sees,
        // found without walking versions. Anything else takes the general lookup.
        var record = (uint)node < (uint)_state.NodeSlotCount && _memory.Nodes.GetOrDefault(node) is { } head && head.Version <= _state.Version && !head.Deleted
            ? head
            : Node(node);
        outgoing = Adjacency.All(record.Outgoing);
        incoming = Adjacency.All(record.Incoming);
    }

    public int GetDegree(int node, bool outgoing, RelationshipType? type) =>
        type is null ? GetAdjacency(node, outgoing).Length : GetAdjacency(node, outgoing, type).Length;

    public RelationshipType GetRelationshipType(int relationship) => Model.RelationshipTypes[Relationship(relationship).Type];

    public int GetStart(int relationship) => Relationship(relationship).Start;

    public int GetEnd(int relationship) => Relationship(relationship).End;

    public object? GetRelationshipProperty(int relationship, PropertyDefinition property) =>
        Relationship(relationship).Values is { } values ? values[property.Ordinal] : null;

    public IReadOnlyList<SourceRef> GetRelationshipSources(int relationship) => Relationship(relationship).Sources?.References ?? [];

    public FactStamp GetRelationshipStamp(int relationship) => Relationship(relationship).Stamp ?? FactStamp.Unrecorded;

    /// <summary>The derived id <c>TYPE:startId:endId</c>.</summary>
    public string GetRelationshipId(int relationship)
    {
        var record = Relationship(relationship);
        return Identifiers.RelationshipId(Model.RelationshipTypes[record.Type].Name, _memory.NodeIds[record.Start]!, _memory.NodeIds[record.End]!);
    }

    public bool TryFindRelationship(string id, out int relationship)
    {
        relationship = -1;
        if (!Identifiers.TryParseRelationshipId(id, out var typeName, out var startId, out var endId)
            || Model.FindRelationshipType(typeName) is not { } type
            || !TryFindNode(startId, out var start)
            || !TryFindNode(endId, out var end))
        {
            return false;
        }

        return Adjacency.TryFind(Node(start).Outgoing, type.Ordinal, end, out relationship);
    }
}
