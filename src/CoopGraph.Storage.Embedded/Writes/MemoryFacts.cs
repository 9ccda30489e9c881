using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Writes;

/// <summary>The writer's view of the stored facts for <see cref="WriteResolver"/>: the latest records, applied batches of the current group included.</summary>
internal sealed class MemoryFacts(GraphMemory memory) : IStoredFacts
{
    public StoredNode? FindNode(string id)
    {
        if (!memory.TryFindSlot(id, out var slot) || memory.LiveHead(slot) is not { } record)
        {
            return null;
        }

        var label = memory.Model.Labels[record.Label];
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in label.Properties)
        {
            if (record.Values[property.Ordinal] is { } value)
            {
                properties[property.Name] = value;
            }
        }

        return new StoredNode(id, label.Name, properties, record.Sources?.References ?? [], record.Stamp ?? FactStamp.Unrecorded);
    }

    public StoredRelationship? FindRelationship(string id)
    {
        if (!Identifiers.TryParseRelationshipId(id, out var typeName, out var startId, out var endId)
            || memory.Model.FindRelationshipType(typeName) is not { } type
            || !memory.TryFindSlot(startId, out var start)
            || !memory.TryFindSlot(endId, out var end)
            || memory.LiveHead(start) is not { } startRecord)
        {
            return null;
        }

        if (!Adjacency.TryFind(startRecord.Outgoing, type.Ordinal, end, out var slot) || memory.LiveRelationshipHead(slot) is not { } record)
        {
            return null;
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (type.Properties is { } definitions && record.Values is { } values)
        {
            foreach (var property in definitions.Properties)
            {
                if (values[property.Ordinal] is { } value)
                {
                    properties[property.Name] = value;
                }
            }
        }

        return new StoredRelationship(id, type.Name, startId, endId, properties, record.Sources?.References ?? [], record.Stamp ?? FactStamp.Unrecorded);
    }
}
