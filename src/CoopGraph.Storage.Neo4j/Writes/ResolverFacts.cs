using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// The facts read in the transaction as <see cref="WriteResolver"/> asks for them. <see cref="FactsQuery"/> reads
/// whole every fact whose values the resolver reads (patched facts, Sources cited with a quote); of the others it
/// reads existence and stamp, all the resolver needs of a create-only write or a versioned delete.
/// </summary>
internal sealed class ResolverFacts(GraphModel model, StoredFacts facts) : IStoredFacts
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

    public StoredNode? FindNode(string id)
    {
        if (!facts.Nodes.TryGetValue(id, out var fact) || model.LabelOfId(id) is not { } label)
        {
            return null;
        }

        return fact.Properties is { } stored
            ? new StoredNode(id, label.Name, StoredValues.Decode(stored, label.Properties), StoredValues.DecodeSources(stored), fact.Stamp)
            : new StoredNode(id, label.Name, NoValues, [], fact.Stamp);
    }

    public StoredRelationship? FindRelationship(string id)
    {
        if (!facts.Relationships.TryGetValue(id, out var fact)
            || !Identifiers.TryParseRelationshipId(id, out var typeName, out var start, out var end)
            || model.FindRelationshipType(typeName) is not { } type)
        {
            return null;
        }

        return fact.Properties is { } stored
            ? new StoredRelationship(id, type.Name, start, end, StoredValues.Decode(stored, type.Properties?.Properties ?? []), StoredValues.DecodeSources(stored), fact.Stamp)
            : new StoredRelationship(id, type.Name, start, end, NoValues, [], fact.Stamp);
    }
}
