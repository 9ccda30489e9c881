using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Paging;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// A connection as a map: <c>__rows</c> (one page, in order), <c>__next</c>/<c>__prev</c> and
    /// <c>__total</c> when asked for. The page is the first (or, for <c>last</c>, the final) size+1
    /// rows between the cursors; the extra row tells whether more exist, as in the embedded store.
    /// The other flag is an <c>EXISTS</c> over the rows on the far side of the cursor.
    /// </summary>
    private string Connection(ConnectionField connection, string? parent)
    {
        var source = Source(connection.Source, parent);
        var order = connection.Order;
        var keys = order.Take(order.Count - 1).ToArray();
        var page = connection.Page;
        var fromEnd = page.Last is not null;
        var size = (long)(page.First ?? page.Last ?? 0);
        var relationship = source.ThroughRelationships ? source.Relationship : null;
        var cursors = connection.Parts.Any(p => p is PageInfoField or EdgesField);
        var info = connection.Parts.OfType<PageInfoField>().SelectMany(p => p.Fields).OfType<ConnectionValueField>().Select(f => f.Value).ToHashSet();
        var rowsNeeded = connection.Parts.Any(p => p is NodesField or EdgesField)
            || info.Contains(ConnectionValue.StartCursor) || info.Contains(ConnectionValue.EndCursor)
            || info.Contains(fromEnd ? ConnectionValue.HasPreviousPage : ConnectionValue.HasNextPage);

        var sortKeys = keys.Select(k => OperandSortKey(k.Operand, source.Scope)).ToArray();
        var entries = new List<string>();
        string? rows = null;
        var list = string.Empty;
        if (rowsNeeded)
        {
            var variables = keys.Select(_ => Fresh("k")).ToArray();
            var with = $"WITH {source.Variables}" + string.Concat(sortKeys.Zip(variables, (e, v) => $", {e} AS {v}"));
            var bounds = new List<string>();
            if (page.After is { } after)
            {
                bounds.Add(Beyond(variables, order, after, forward: true, source.Node, relationship));
            }

            if (page.Before is { } before)
            {
                bounds.Add(Beyond(variables, order, before, forward: false, source.Node, relationship));
            }

            var orderBy = variables.Select((v, i) => v + Direction(keys[i].Descending ^ fromEnd))
                .Append(source.Node + "." + IdKey + Direction(order[^1].Descending ^ fromEnd))
                .Concat(relationship is null ? [] : [relationship + "." + IdKey + Direction(fromEnd)]);
            var row = RowMap(connection, source, relationship, variables, cursors);
            list = $"COLLECT {{ {source.Match} {with}{(bounds.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", bounds))} "
                + $"WITH * ORDER BY {string.Join(", ", orderBy)} LIMIT {Parameter(size + 1)} RETURN {row} }}";
            rows = Fresh("c");
            var sizeParameter = Parameter(size);
            entries.Add($"{Key(ResponseKeys.Rows)}: " + (fromEnd ? $"reverse({rows}[..{sizeParameter}])" : $"{rows}[..{sizeParameter}]"));
            entries.Add($"{Key(fromEnd ? ResponseKeys.HasPrevious : ResponseKeys.HasNext)}: size({rows}) > {sizeParameter}");
        }

        if (connection.Parts.OfType<ConnectionValueField>().Any(p => p.Value == ConnectionValue.TotalCount))
        {
            entries.Add($"{Key(ResponseKeys.Total)}: COUNT {{ {source.Match} }}");
        }

        var farSide = fromEnd ? ConnectionValue.HasNextPage : ConnectionValue.HasPreviousPage;
        if (info.Contains(farSide))
        {
            entries.Add($"{Key(fromEnd ? ResponseKeys.HasNext : ResponseKeys.HasPrevious)}: {FarSide(source, order, sortKeys, page, fromEnd, relationship)}");
        }

        var map = "{" + string.Join(", ", entries) + "}";
        return rows is null ? map : $"[{rows} IN [{list}] | {map}][0]";
    }

    /// <summary>
    /// Whether rows exist beyond the page on the side the page did not walk towards: before the
    /// <c>after</c> cursor (forward paging) or from the <c>before</c> cursor on (backward paging).
    /// </summary>
    private string FarSide(MatchedSource source, IReadOnlyList<SortKey> order, string[] sortKeys, PageRequest page, bool fromEnd, string? relationship)
    {
        var conditions = new List<string>(source.Conditions);
        if (!fromEnd)
        {
            if (page.After is null)
            {
                return "false";
            }

            conditions.Add("NOT " + Beyond(sortKeys, order, page.After, forward: true, source.Node, relationship));
        }
        else
        {
            if (page.Before is null)
            {
                return "false";
            }

            if (page.After is { } after)
            {
                conditions.Add(Beyond(sortKeys, order, after, forward: true, source.Node, relationship));
            }

            conditions.Add("NOT " + Beyond(sortKeys, order, page.Before, forward: false, source.Node, relationship));
        }

        return $"EXISTS {{ MATCH {source.Pattern} WHERE {string.Join(" AND ", conditions)} }}";
    }

    private static string Direction(bool descending) => descending ? " DESC" : string.Empty;

    /// <summary>
    /// Rows strictly after the cursor (<paramref name="forward"/>) or strictly before it, in the order's
    /// total order: the keys in their directions with nulls last ascending and first descending,
    /// then the id, then the relationship id. A null cursor key is known now, so its tests are simplified here.
    /// </summary>
    private string Beyond(IReadOnlyList<string> values, IReadOnlyList<SortKey> order, Cursor cursor, bool forward, string node, string? relationship)
    {
        var terms = new List<string>();
        var equal = new List<string>();
        for (var i = 0; i < order.Count - 1; i++)
        {
            var value = values[i];
            var key = cursor.Keys[i];
            var parameter = key is null ? null : Parameter(key is PartialDate date ? date.SortKey : key);
            var greater = forward != order[i].Descending;
            var later = parameter is null
                ? (greater ? "false" : $"{value} IS NOT NULL")
                : (greater ? $"({value} IS NULL OR coalesce({value} > {parameter}, false))" : $"coalesce({value} < {parameter}, false)");
            terms.Add(All([.. equal, later]));
            equal.Add(parameter is null ? $"{value} IS NULL" : $"coalesce({value} = {parameter}, false)");
        }

        var id = Parameter(cursor.Id);
        var idGreater = forward != order[^1].Descending;
        terms.Add(All([.. equal, $"{node}.{IdKey} {(idGreater ? ">" : "<")} {id}"]));
        if (relationship is not null)
        {
            var relationshipId = Parameter(cursor.RelationshipId ?? string.Empty);
            terms.Add(All([.. equal, $"{node}.{IdKey} = {id}", $"{relationship}.{IdKey} {(forward ? ">" : "<")} {relationshipId}"]));
        }

        return "(" + string.Join(" OR ", terms) + ")";
    }

    private static string All(IReadOnlyList<string> conditions) =>
        conditions.Count == 1 ? conditions[0] : "(" + string.Join(" AND ", conditions) + ")";

    private string RowMap(ConnectionField connection, MatchedSource source, string? relationship, string[] variables, bool cursors)
    {
        var entries = new List<string>();
        if (cursors)
        {
            var keys = connection.Order.Take(variables.Length).Select((k, i) => IsPartialDate(k.Operand) ? OperandValue(k.Operand, source.Scope) : variables[i]);
            entries.Add($"{Key(ResponseKeys.SortKeys)}: [{string.Join(", ", keys)}]");
            entries.Add($"{Key(ResponseKeys.Id)}: {source.Node}.{IdKey}");
            if (relationship is not null)
            {
                entries.Add($"{Key(ResponseKeys.RelationshipId)}: {relationship}.{IdKey}");
            }
        }

        foreach (var part in connection.Parts)
        {
            switch (part)
            {
                case NodesField nodes:
                    entries.Add($"{Key(nodes.ResponseName)}: {Projection(source.Node, nodes.Projection)}");
                    break;
                case EdgesField edges:
                    foreach (var field in edges.Fields)
                    {
                        var key = Key(ResponseKeys.Nested(edges.ResponseName, field.ResponseName));
                        switch (field)
                        {
                            case NodesField node:
                                entries.Add($"{key}: {Projection(source.Node, node.Projection)}");
                                break;
                            case SourcesField sources when source.Relationship is not null:
                                entries.Add($"{key}: {Sources(source.Relationship, sources)}");
                                break;
                            case EdgePropertiesField when source.Relationship is not null:
                                entries.Add($"{key}: properties({source.Relationship})");
                                break;
                        }
                    }

                    break;
            }
        }

        return "{" + string.Join(", ", entries) + "}";
    }
}
