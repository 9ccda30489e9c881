using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>Neighbours: each entity once however many relationships lead to it, in the list's order, at most the limit.</summary>
    private string EntityList(EntityListField list, string parent)
    {
        var source = Source(list.Source, parent);
        var scope = source.Scope with { Relationship = null };
        var keys = list.Order.Take(list.Order.Count - 1).ToArray();
        var variables = keys.Select(_ => Fresh("k")).ToArray();
        var with = keys.Length == 0
            ? string.Empty
            : $" WITH {source.Node}" + string.Concat(keys.Zip(variables, (k, v) => $", {OperandSortKey(k.Operand, scope)} AS {v}"));
        var orderBy = variables.Select((v, i) => v + Direction(keys[i].Descending)).Append(source.Node + "." + IdKey + Direction(list.Order[^1].Descending));
        return $"COLLECT {{ {source.Match} WITH DISTINCT {source.Node}{with} ORDER BY {string.Join(", ", orderBy)} LIMIT {Parameter((long)list.Limit)} "
            + $"RETURN {Projection(source.Node, list.Projection)} }}";
    }

    /// <summary>The generic view's relationships: each once (a self-loop meets the pattern twice), ordered by relationship id.</summary>
    private string RelationshipList(RelationshipListField list, string parent)
    {
        // An empty type expression would match every type; no types (all excluded, or types: []) is no relationship.
        if (list.Types is { Count: 0 })
        {
            return "[]";
        }

        var relationship = Fresh("r");
        var pattern = Arrow(parent, relationship, TypeExpression(list.Types ?? _model.RelationshipTypes), list.Direction, string.Empty);
        return $"COLLECT {{ MATCH {pattern} WITH DISTINCT {relationship} ORDER BY {relationship}.{IdKey} LIMIT {Parameter((long)list.Limit)} "
            + $"RETURN {RelationshipMap(relationship, list.Fields)} }}";
    }

    /// <summary>
    /// Search by scanning the folded shadows with the scoring of <see cref="Planning.SearchMatch"/>
    /// written in Cypher, not through the Lucene full-text index: Lucene matches tokens, so it finds
    /// neither substrings inside words nor the exact/prefix/word-prefix ranking the embedded store
    /// gives, and the two stores must answer alike. The cost is a scan of the searched labels.
    /// </summary>
    private string Search(SearchField search)
    {
        var node = Fresh("m");
        var score = Fresh("s");
        var term = Parameter(search.FoldedText);
        var entries = new List<string>();
        foreach (var field in search.Fields)
        {
            switch (field)
            {
                case SearchScoreField:
                    entries.Add($"{Key(field.ResponseName)}: {score}");
                    break;
                case NodesField nodes:
                    entries.Add($"{Key(field.ResponseName)}: {Projection(node, nodes.Projection)}");
                    break;
            }
        }

        return $"COLLECT {{ MATCH ({node}{LabelExpression(search.Labels)}) WITH {node}, {SearchScore(node, search.Labels, term)} AS {score} WHERE {score} > 0 "
            + $"WITH * ORDER BY {score} DESC, {node}.{IdKey} LIMIT {Parameter((long)search.Limit)} RETURN {{{string.Join(", ", entries)}}} }}";
    }

    /// <summary>The best score over the label's searchable String properties; the display property counts double.</summary>
    private static string SearchScore(string node, IReadOnlyList<NodeType> labels, string term)
    {
        string Of(NodeType label)
        {
            var scores = label.Searchable
                .Where(p => p.Kind == ValueKind.String && !p.IsList)
                .Select(p => (ReferenceEquals(p, label.Display) ? "2.0 * " : string.Empty) + MatchScore(Property(node, StoredNames.Fold(p.Name)), term))
                .ToArray();
            return scores.Length switch
            {
                0 => "0.0",
                1 => scores[0],
                _ => $"reduce(best = 0.0, x IN [{string.Join(", ", scores)}] | CASE WHEN x > best THEN x ELSE best END)",
            };
        }

        var groups = labels.GroupBy(Of).ToArray();
        return groups.Length == 1
            ? groups[0].Key
            : "CASE " + string.Join(" ", groups.Select(g => $"WHEN {node}{LabelExpression(g.ToArray())} THEN {g.Key}")) + " ELSE 0.0 END";
    }

    /// <summary><see cref="Planning.SearchMatch.Score"/> in Cypher: 4 exact, 3 prefix, 2 word prefix, 1 substring, 0 none.</summary>
    private static string MatchScore(string value, string term) =>
        $"CASE WHEN {value} IS NULL OR size({value}) = 0 OR size({term}) = 0 THEN 0.0 "
        + $"WHEN {value} = {term} THEN 4.0 "
        + $"WHEN {value} STARTS WITH {term} THEN 3.0 "
        + $"WHEN NOT {value} CONTAINS {term} THEN 0.0 "
        + $"WHEN any(at IN range(1, size({value}) - size({term})) WHERE substring({value}, at, size({term})) = {term} AND NOT substring({value}, at - 1, 1) =~ '[\\\\p{{L}}\\\\p{{Nd}}]') THEN 2.0 "
        + "ELSE 1.0 END";
}
