using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Writes;

internal sealed partial class FactsQuery
{
    private const string UncomparedParameter = "uncompared";

    private void AddNodes(GraphModel model, IEnumerable<NodeRow> rows)
    {
        foreach (var group in rows.GroupBy(r => model.LabelOfId(r.Id)?.Name).Where(g => g.Key is not null).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parameter = Parameter("n", group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["id"] = r.Id,
                ["props"] = r.Props,
                ["del"] = r.Delete,
                ["whole"] = r.Whole,
                ["held"] = r.Held,
            }).ToArray());
            _parts.Add($"UNWIND ${parameter} AS row MATCH (n:{CypherNames.Escape(group.Key!)} {{id: row.id}}) "
                + $"RETURN 'node' AS fact, n.id AS id, {Same("n")}, "
                + "CASE WHEN row.del THEN [(n)-[r]-() | r.id] ELSE [] END AS rels, null AS value, " + Read("n") + ", " + Held(model, model.FindLabel(group.Key!)!));
        }
    }

    private void AddRelationships(Dictionary<string, RelationshipRow> relationships)
    {
        foreach (var group in relationships.GroupBy(r => r.Value.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var parameter = Parameter("r", group.Select(r => (object?)new Dictionary<string, object?>
            {
                ["id"] = r.Key,
                ["props"] = r.Value.Props,
                ["whole"] = r.Value.Whole,
            }).ToArray());
            _parts.Add($"UNWIND ${parameter} AS row MATCH ()-[r:{CypherNames.Escape(group.Key)} {{id: row.id}}]->() "
                + $"RETURN 'rel' AS fact, r.id AS id, {Same("r")}, [] AS rels, null AS value, " + Read("r") + ", [] AS held");
        }
    }

    private void AddUniqueParts(Dictionary<(string Label, string Property), HashSet<object>> unique)
    {
        foreach (var ((label, property), values) in unique.OrderBy(u => u.Key.Label, StringComparer.Ordinal).ThenBy(u => u.Key.Property, StringComparer.Ordinal))
        {
            var parameter = Parameter("u", values.Select(StoredKey).ToArray());
            _parts.Add($"UNWIND ${parameter} AS value MATCH (n:{CypherNames.Escape(label)} {{{CypherNames.Escape(property)}: value}}) "
                + $"RETURN 'u{_uniqueParts.Count}' AS fact, n.id AS id, null AS same, [] AS rels, value AS value, null AS props, null AS sources, null AS stamp, [] AS cited, [] AS held");
            _uniqueParts.Add((label, property));
        }
    }

    /// <summary>
    /// Whether the fact holds exactly <c>row.props</c>, key by key, apart from the keys compared elsewhere or not at all
    /// (<see cref="StoredValues.Uncompared"/>, a parameter). Null when the batch does not write the fact.
    /// </summary>
    private string Same(string fact)
    {
        _parameters[UncomparedParameter] = StoredValues.Uncompared.ToArray<object?>();
        return $"CASE WHEN row.props IS NULL THEN null ELSE size([k IN keys({fact}) WHERE NOT k IN ${UncomparedParameter}]) = size(keys(row.props)) "
            + $"AND all(k IN keys(row.props) WHERE coalesce({fact}[k] = row.props[k], false)) END AS same";
    }

    /// <summary>
    /// The fact whole when asked for, with the ids of the Source nodes it cites that exist (a patch that keeps the
    /// sources keeps citing them, and the batch checks that every cited Source exists); its stored sources when its
    /// values were compared; and always its stamp.
    /// </summary>
    private static string Read(string fact) =>
        $"CASE WHEN row.whole THEN properties({fact}) ELSE null END AS props, "
        + $"CASE WHEN row.props IS NULL THEN null ELSE {fact}.{CypherNames.Escape(StoredNames.Sources)} END AS sources, "
        + "[" + string.Join(", ", StoredNames.Stamp.Select(key => $"{fact}.{CypherNames.Escape(key)}")) + "] AS stamp, "
        + $"CASE WHEN row.whole THEN COLLECT {{ UNWIND coalesce({fact}.{CypherNames.Escape(StoredNames.SourceIds)}, []) AS s "
        + $"MATCH (m:{CypherNames.Escape(GraphModel.SourceLabel)} {{id: s}}) RETURN s }} ELSE [] END AS cited";

    private string Parameter(string prefix, object?[] rows)
    {
        // One parameter per part, numbered as the parts are.
        var name = prefix + _parts.Count;
        _parameters[name] = rows;
        return name;
    }

    private sealed class NodeRow(string id)
    {
        public string Id { get; } = id;

        /// <summary>The stored form of the batch's first write of the node, less its sources.</summary>
        public IReadOnlyDictionary<string, object?>? Props { get; set; }

        public bool Delete { get; set; }

        public bool Whole { get; set; }

        /// <summary>The batch deletes a relationship of the node that one of its required to-one fields may need.</summary>
        public bool Held { get; set; }
    }

    private sealed class RelationshipRow(string type)
    {
        public string Type { get; } = type;

        public IReadOnlyDictionary<string, object?>? Props { get; set; }

        public bool Whole { get; set; }
    }
}
