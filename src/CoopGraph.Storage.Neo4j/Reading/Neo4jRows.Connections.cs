using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Neo4j.Reading;

internal readonly partial struct Neo4jRows
{
    public long TotalCount(in Neo4jPage page) => page.Map.GetValueOrDefault(ResponseKeys.Total) as long? ?? 0;

    public bool HasNextPage(in Neo4jPage page) => page.Map.GetValueOrDefault(ResponseKeys.HasNext) is true;

    public bool HasPreviousPage(in Neo4jPage page) => page.Map.GetValueOrDefault(ResponseKeys.HasPrevious) is true;

    public int RowCount(in Neo4jPage page) => page.Rows.Length;

    public object? Node(in Neo4jPage page, int row, NodesField field) => page.Rows[row].GetValueOrDefault(field.ResponseName);

    public object? EdgeNode(in Neo4jPage page, int row, EdgesField edges, NodesField field) => EdgePart(page, row, edges, field);

    public Neo4jSources EdgeSources(in Neo4jPage page, int row, EdgesField edges, SourcesField field) => Neo4jSources.Of(Map(EdgePart(page, row, edges, field)));

    public object? EdgeProperty(in Neo4jPage page, int row, EdgesField edges, EdgePropertiesField properties, PropertyField field) =>
        (EdgePart(page, row, edges, properties) as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault(field.Property.Name);

    /// <summary>The sort key values Neo4j returned, made canonical (partial dates come back as their text), with the row's ids.</summary>
    public bool TryCursor(in Neo4jPage page, int row, ConnectionField connection, out IReadOnlyList<object?> keys, out string id, out string? relationshipId)
    {
        var map = page.Rows[row];
        keys = [];
        id = string.Empty;
        relationshipId = null;
        if (map.GetValueOrDefault(ResponseKeys.Id) is not string rowId)
        {
            return false;
        }

        var values = List(map.GetValueOrDefault(ResponseKeys.SortKeys));
        var canonical = new object?[connection.Order.Count - 1];
        for (var i = 0; i < canonical.Length; i++)
        {
            var value = i < values.Count ? values[i] : null;
            canonical[i] = value is string text && Neo4jPlanTranslator.IsPartialDate(connection.Order[i].Operand) ? PartialDate.Parse(text) : value;
        }

        (keys, id, relationshipId) = (canonical, rowId, map.GetValueOrDefault(ResponseKeys.RelationshipId) as string);
        return true;
    }

    private static object? EdgePart(in Neo4jPage page, int row, EdgesField edges, OutputField field) =>
        page.Rows[row].GetValueOrDefault(ResponseKeys.Nested(edges.ResponseName, field.ResponseName));
}
