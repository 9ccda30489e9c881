using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// One read statement, run first in the write transaction, that gathers <see cref="StoredFacts"/>
/// for a batch: a <c>UNION ALL</c> of one part per label, relationship type and unique property
/// touched, each an <c>UNWIND</c> over a parameter and an index seek. The comparison with what the
/// batch would write is done in Cypher (<c>properties(n) = row.props</c>).
/// </summary>
internal sealed class FactsQuery
{
    private readonly List<string> _parts = [];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);
    private readonly List<(string Label, string Property)> _uniqueParts = [];

    /// <summary>Stored forms already computed for the facts, by write, so resolving the batch does not encode them again.</summary>
    public Dictionary<GraphWrite, IReadOnlyDictionary<string, object?>> Encoded { get; } = new(ReferenceEqualityComparer.Instance);

    private FactsQuery()
    {
    }

    public CypherStatement? Statement => _parts.Count == 0 ? null : new CypherStatement(string.Join("\nUNION ALL\n", _parts), _parameters);

    public static FactsQuery For(GraphModel model, IReadOnlyList<GraphWrite> operations)
    {
        var query = new FactsQuery();
        var nodes = new Dictionary<string, NodeRow>(StringComparer.Ordinal);
        var relationships = new Dictionary<string, (string Type, IReadOnlyDictionary<string, object?>? Props)>(StringComparer.Ordinal);
        var unique = new Dictionary<(string Label, string Property), HashSet<object>>();

        NodeRow Touch(string id) => nodes.TryGetValue(id, out var row) ? row : nodes[id] = new NodeRow(id);

        foreach (var operation in operations)
        {
            switch (operation)
            {
                case NodeWrite write when model.FindLabel(write.Label) is { } label:
                    var row = Touch(write.Id);
                    if (row.Props is null)
                    {
                        row.Props = StoredValues.Encode(write.Id, write.Properties, label.FindProperty, write.Sources);
                        query.Encoded[write] = row.Props;
                    }

                    TouchSources(write.Sources);
                    foreach (var property in label.Properties.Where(p => p.IsUnique && !p.IsList))
                    {
                        if (write.Properties.GetValueOrDefault(property.Name) is { } value)
                        {
                            var key = (label.Name, property.Name);
                            (unique.TryGetValue(key, out var set) ? set : unique[key] = []).Add(StoredKey(value));
                        }
                    }

                    break;
                case RelationshipWrite write when model.FindRelationshipType(write.Type) is { } type:
                    Touch(write.Start);
                    Touch(write.End);
                    TouchSources(write.Sources);
                    if (!relationships.ContainsKey(write.Id))
                    {
                        var props = StoredValues.Encode(write.Id, write.Properties, name => type.Properties?.FindProperty(name), write.Sources);
                        relationships[write.Id] = (type.Name, props);
                        query.Encoded[write] = props;
                    }

                    break;
                case DeleteNode delete:
                    Touch(delete.Id).Delete = true;
                    break;
                case DeleteRelationship delete when Identifiers.TryParseRelationshipId(delete.Id, out var typeName, out _, out _)
                                                    && model.FindRelationshipType(typeName) is not null:
                    relationships.TryAdd(delete.Id, (typeName, null));
                    break;
            }
        }

        query.AddNodes(model, nodes.Values);
        query.AddRelationships(relationships);
        query.AddUnique(unique);
        return query;

        void TouchSources(IReadOnlyList<SourceRef> sources)
        {
            foreach (var source in sources)
            {
                Touch(source.Source);
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
            var same = result.Value(i, "same") as bool?;
            switch (fact)
            {
                case "node":
                    facts.Nodes[id] = same;
                    if (result.Value(i, "rels") is IReadOnlyList<object?> rels && rels.Count > 0)
                    {
                        facts.RelationshipsOf[id] = rels.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
                    }

                    break;
                case "rel":
                    facts.Relationships[id] = same;
                    break;
                default:
                    var (label, property) = _uniqueParts[int.Parse(fact.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)];
                    facts.UniqueHolders[(label, property, result.Value(i, "value")!)] = id;
                    break;
            }
        }

        return facts;
    }

    private void AddNodes(GraphModel model, IEnumerable<NodeRow> rows)
    {
        foreach (var group in rows.GroupBy(r => model.LabelOfId(r.Id)?.Name).Where(g => g.Key is not null).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parameter = Parameter("n", group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["props"] = r.Props,
                ["del"] = r.Delete,
            }).ToArray());
            _parts.Add($"UNWIND ${parameter} AS row MATCH (n:{CypherNames.Escape(group.Key!)} {{id: row.id}}) "
                + "RETURN 'node' AS fact, n.id AS id, CASE WHEN row.props IS NULL THEN null ELSE properties(n) = row.props END AS same, "
                + "CASE WHEN row.del THEN [(n)-[r]-() | r.id] ELSE [] END AS rels, null AS value");
        }
    }

    private void AddRelationships(Dictionary<string, (string Type, IReadOnlyDictionary<string, object?>? Props)> relationships)
    {
        foreach (var group in relationships.GroupBy(r => r.Value.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parameter = Parameter("r", group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["id"] = r.Key,
                ["props"] = r.Value.Props,
            }).ToArray());
            _parts.Add($"UNWIND ${parameter} AS row MATCH ()-[r:{CypherNames.Escape(group.Key)} {{id: row.id}}]->() "
                + "RETURN 'rel' AS fact, r.id AS id, CASE WHEN row.props IS NULL THEN null ELSE properties(r) = row.props END AS same, "
                + "[] AS rels, null AS value");
        }
    }

    private void AddUnique(Dictionary<(string Label, string Property), HashSet<object>> unique)
    {
        foreach (var ((label, property), values) in unique.OrderBy(u => u.Key.Label, StringComparer.Ordinal).ThenBy(u => u.Key.Property, StringComparer.Ordinal))
        {
            var parameter = Parameter("u", values.Select(StoredKey).ToArray());
            _parts.Add($"UNWIND ${parameter} AS value MATCH (n:{CypherNames.Escape(label)} {{{CypherNames.Escape(property)}: value}}) "
                + $"RETURN 'u{_uniqueParts.Count}' AS fact, n.id AS id, null AS same, [] AS rels, value AS value");
            _uniqueParts.Add((label, property));
        }
    }

    private string Parameter(string prefix, object?[] rows)
    {
        var name = prefix + _parameters.Count;
        _parameters[name] = rows;
        return name;
    }

    private sealed class NodeRow(string id)
    {
        public string Id { get; } = id;

        public IReadOnlyDictionary<string, object?>? Props { get; set; }

        public bool Delete { get; set; }
    }
}
