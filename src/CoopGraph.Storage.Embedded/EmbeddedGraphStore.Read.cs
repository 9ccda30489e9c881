using System.Runtime.CompilerServices;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded;

/// <summary>The full read-out for export: every node and relationship as the write that recreates it.</summary>
public sealed partial class EmbeddedGraphStore
{
    public async IAsyncEnumerable<NodeWrite> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var snapshot = OpenSnapshot();
        var nodes = snapshot.ScanAll().Select(n => (Id: snapshot.GetNodeId(n), Node: n)).ToList();
        nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var (id, node) in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var label = snapshot.GetLabel(node);
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in label.Properties)
            {
                if (snapshot.GetProperty(node, property) is { } value)
                {
                    properties[property.Name] = value;
                }
            }

            yield return new NodeWrite(id, label.Name, properties, snapshot.GetNodeSources(node));
        }

        await Task.CompletedTask;
    }

    public async IAsyncEnumerable<RelationshipWrite> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var snapshot = OpenSnapshot();
        var relationships = new List<(string Id, int Relationship)>(snapshot.RelationshipCount);
        for (var relationship = 0; relationship < snapshot.RelationshipSlotCount; relationship++)
        {
            if (snapshot.VisibleRelationship(relationship) is not null)
            {
                relationships.Add((snapshot.GetRelationshipId(relationship), relationship));
            }
        }

        relationships.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var (_, relationship) in relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var type = snapshot.GetRelationshipType(relationship);
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in type.Properties?.Properties ?? [])
            {
                if (snapshot.GetRelationshipProperty(relationship, property) is { } value)
                {
                    properties[property.Name] = value;
                }
            }

            yield return new RelationshipWrite(
                type.Name,
                snapshot.GetNodeId(snapshot.GetStart(relationship)),
                snapshot.GetNodeId(snapshot.GetEnd(relationship)),
                properties,
                snapshot.GetRelationshipSources(relationship));
        }

        await Task.CompletedTask;
    }
}
