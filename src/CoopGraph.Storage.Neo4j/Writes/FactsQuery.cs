using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// One read statement, run first in the write transaction, that gathers <see cref="StoredFacts"/>
/// for a batch: a <c>UNION ALL</c> of one part per label, relationship type and unique property
/// touched, each an <c>UNWIND</c> over a parameter and an index seek. Every fact comes with its stamp.
/// The values are compared with what the batch would write in Cypher, key by key, leaving out the
/// sources (returned, to compare once the quotes are verified) and the stamp; the facts the resolver
/// reads whole (patched, or a Source whose text a quote is checked against) come back whole.
/// </summary>
internal sealed partial class FactsQuery
{
    private readonly List<string> _parts = [];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly List<(string Label, string Property)> _uniqueParts = [];

    /// <summary>Stored forms already computed for the facts, by operation index, so resolving the batch does not encode them again.</summary>
    public Dictionary<int, EncodedWrite> Encoded { get; } = [];

    private FactsQuery()
    {
    }

    public CypherStatement? Statement => _parts.Count == 0 ? null : new CypherStatement(string.Join("\nUNION ALL\n", _parts), _parameters);

    /// <param name="operations">The batch as given: patches, create-only writes and versioned deletes included.</param>
    public static FactsQuery For(GraphModel model, IReadOnlyList<GraphWrite> operations)
    {
        var query = new FactsQuery();
        var nodes = new Dictionary<string, NodeRow>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, RelationshipRow>(StringComparer.Ordinal);
        var unique = new Dictionary<(string Label, string Property), HashSet<object>>();

        NodeRow Touch(string id) => nodes.TryGetValue(id, out var row) ? row : nodes[id] = new NodeRow(id);

        var canonical = Canonical(model, operations);
        for (var i = 0; i < canonical.Count; i++)
        {
            switch (canonical[i])
            {
                case NodeWrite write when model.FindLabel(write.Label) is { } label:
                    var row = Touch(write.Id);
                    if (row.Props is null)
                    {
                        var props = StoredValues.Encode(write.Id, write.Properties, label.FindProperty, write.Sources);
                        query.Encoded[i] = new EncodedWrite(write.Sources, props);
                        row.Props = StoredValues.WithoutSources(props);
                    }

                    TouchSources(write.Sources);
                    AddUnique(label, write.Properties);
                    break;
                case RelationshipWrite write when model.FindRelationshipType(write.Type) is { } type:
                    Touch(write.Start);
                    Touch(write.End);
                    TouchSources(write.Sources);
                    var relationship = relationships.TryGetValue(write.Id, out var known) ? known : relationships[write.Id] = new RelationshipRow(type.Name);
                    if (relationship.Props is null)
                    {
                        var props = StoredValues.Encode(write.Id, write.Properties, name => type.Properties?.FindProperty(name), write.Sources);
                        query.Encoded[i] = new EncodedWrite(write.Sources, props);
                        relationship.Props = StoredValues.WithoutSources(props);
                    }

                    break;
                case NodePatch patch:
                    Touch(patch.Id).Whole = true;
                    TouchSources(patch.Sources ?? []);
                    if (model.LabelOfId(patch.Id) is { } patched)
                    {
                        AddUnique(patched, patch.Changes);
                    }

                    break;
                case RelationshipPatch patch when Identifiers.TryParseRelationshipId(patch.Id, out var typeName, out var start, out var end)
                                                  && model.FindRelationshipType(typeName) is { } type:
                    (relationships.TryGetValue(patch.Id, out var patchedRow) ? patchedRow : relationships[patch.Id] = new RelationshipRow(type.Name)).Whole = true;
                    Touch(start);
                    Touch(end);
                    TouchSources(patch.Sources ?? []);
                    break;
                case DeleteNode delete:
                    Touch(delete.Id).Delete = true;
                    break;
                case DeleteRelationship delete when RelationshipTypeOf(model, delete.Id) is { } type
                                                    && Identifiers.TryParseRelationshipId(delete.Id, out _, out var from, out var to):
                    relationships.TryAdd(delete.Id, new RelationshipRow(type));
                    foreach (var (end, outgoing) in new[] { (from, true), (to, false) }.Where(e => HoldsRequired(model, e.Item1, type, e.Item2)))
                    {
                        Touch(end).Held = true;
                    }

                    break;
            }
        }

        query.AddNodes(model, nodes.Values);
        query.AddRelationships(relationships);
        query.AddUniqueParts(unique);
        return query;

        void TouchSources(IReadOnlyList<SourceRef> sources)
        {
            foreach (var source in sources)
            {
                // The resolver checks a quote against the Source's text, so that Source is read whole.
                Touch(source.Source).Whole |= !string.IsNullOrWhiteSpace(source.Quote);
            }
        }

        void AddUnique(NodeType label, IReadOnlyDictionary<string, object?> values)
        {
            foreach (var property in label.Properties.Where(p => p.IsUnique && !p.IsList))
            {
                // A patch's values are not checked yet: one the model refuses is reported after the read.
                if (values.GetValueOrDefault(property.Name) is { } raw && ValueCoercion.TryCoerce(property, raw, out var value, out _) && value is not null)
                {
                    var key = (label.Name, property.Name);
                    (unique.TryGetValue(key, out var set) ? set : unique[key] = []).Add(StoredKey(value));
                }
            }
        }
    }

    /// <summary>The stored form of a unique value, as the facts return it.</summary>
    public static object StoredKey(object value) => value is Graph.Schema.Values.PartialDate date ? date.ToString() : value;

    public StoredFacts Read(Neo4jResult result)
    {
        var facts = new StoredFacts();
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var fact = (string)result.Value(i, "fact")!;
            var id = (string)result.Value(i, "id")!;
            foreach (var source in (result.Value(i, "cited") as IReadOnlyList<object?> ?? []).OfType<string>())
            {
                // Known to exist, and nothing more: a Source the batch writes, deletes or quotes has a row of its own, which wins.
                facts.Nodes.TryAdd(source, new StoredFact(FactStamp.Unrecorded));
            }

            foreach (var held in (result.Value(i, "held") as IReadOnlyList<object?> ?? []).OfType<string>())
            {
                // Its ends exist too: a neighbour of a detached node is known by this relationship alone.
                facts.Held.Add(held);
                if (Identifiers.TryParseRelationshipId(held, out _, out var start, out var end))
                {
                    facts.Nodes.TryAdd(start, new StoredFact(FactStamp.Unrecorded));
                    facts.Nodes.TryAdd(end, new StoredFact(FactStamp.Unrecorded));
                }
            }

            switch (fact)
            {
                case "node":
                    facts.Nodes[id] = Fact(result, i);
                    if (result.Value(i, "rels") is IReadOnlyList<object?> rels && rels.Count > 0)
                    {
                        facts.RelationshipsOf[id] = rels.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
                    }

                    break;
                case "rel":
                    facts.Relationships[id] = Fact(result, i);
                    break;
                default:
                    var (label, property) = _uniqueParts[int.Parse(fact.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)];
                    facts.UniqueHolders[(label, property, result.Value(i, "value")!)] = id;
                    break;
            }
        }

        return facts;
    }

    private static StoredFact Fact(Neo4jResult result, int row) => new(StoredStamp.Read(result.Value(row, "stamp") as IReadOnlyList<object?>))
    {
        SameValues = result.Value(row, "same") as bool?,
        SourcesJson = result.Value(row, "sources") as string,
        Properties = result.Value(row, "props") as IReadOnlyDictionary<string, object?>,
    };

    /// <summary>
    /// The plain writes with canonical values, as the model check gives them, to encode them as they will be stored.
    /// Patches name no values to encode: they stand as placeholders in the check and are kept as given.
    /// </summary>
    private static IReadOnlyList<GraphWrite> Canonical(GraphModel model, IReadOnlyList<GraphWrite> operations)
    {
        var placeholders = operations.Select(o => o switch
        {
            NodePatch patch => new DeleteNode(patch.Id),
            RelationshipPatch patch => new DeleteRelationship(patch.Id),
            _ => o,
        }).ToArray();
        var (canonical, _) = ModelWriteValidator.Validate(model, placeholders);
        return operations.Select((o, i) => o is NodePatch or RelationshipPatch ? o : canonical[i]).ToArray();
    }

    private static string? RelationshipTypeOf(GraphModel model, string id) =>
        Identifiers.TryParseRelationshipId(id, out var type, out _, out _) && model.FindRelationshipType(type) is not null ? type : null;
}
