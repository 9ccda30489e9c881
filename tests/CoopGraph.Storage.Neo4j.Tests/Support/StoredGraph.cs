using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>Facts as the facts query reads them from a graph where the given writes are stored with the given stamps.</summary>
internal static class StoredGraph
{
    public static readonly FactStamp Stamp = new(3, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), "key:alice", DateTimeOffset.FromUnixTimeMilliseconds(1_710_000_000_000), "key:bob");

    /// <summary>The stored properties of a node as Neo4j returns them: the stored form with its stamp.</summary>
    public static SortedDictionary<string, object?> Props(NodeWrite given, FactStamp stamp)
    {
        var node = Canonical(given);
        var label = TestModels.Small.FindLabel(node.Label)!;
        return StoredValues.WithStamp(StoredValues.Encode(node.Id, node.Properties, label.FindProperty, node.Sources), stamp);
    }

    public static SortedDictionary<string, object?> Props(RelationshipWrite given, FactStamp stamp)
    {
        var relationship = Canonical(given);
        var type = TestModels.Small.FindRelationshipType(relationship.Type)!;
        return StoredValues.WithStamp(StoredValues.Encode(relationship.Id, relationship.Properties, name => type.Properties?.FindProperty(name), relationship.Sources), stamp);
    }

    public static StoredFact Whole(NodeWrite node, FactStamp stamp) => new(stamp) { Properties = Props(node, stamp) };

    public static StoredFact Whole(RelationshipWrite relationship, FactStamp stamp) => new(stamp) { Properties = Props(relationship, stamp) };

    public static StoredFact Exists(FactStamp stamp) => new(stamp);

    /// <summary>The stamp as the facts query returns it, in <see cref="StoredNames.Stamp"/> order.</summary>
    public static object?[] Row(FactStamp stamp) =>
        [stamp.Version, stamp.CreatedAt?.ToUnixTimeMilliseconds(), stamp.CreatedBy, stamp.UpdatedAt?.ToUnixTimeMilliseconds(), stamp.UpdatedBy];

    private static T Canonical<T>(T write)
        where T : GraphWrite => (T)ModelWriteValidator.Validate(TestModels.Small, [write]).Canonical[0];

    public static string RelationshipId(string type, string start, string end) => Identifiers.RelationshipId(type, start, end);
}
