using CoopGraph.Planning.Fields;

namespace CoopGraph.Storage.Responses;

/// <summary>One page of a connection: its rows (entities, with the relationship that led to each) and what page info says.</summary>
public partial interface IResponseRows<TEntity, TRelationship, TPage, TSources, TResult>
{
    long TotalCount(in TPage page);

    bool HasNextPage(in TPage page);

    bool HasPreviousPage(in TPage page);

    int RowCount(in TPage page);

    /// <summary>The entity of row <paramref name="row"/> under the connection's <c>nodes</c>.</summary>
    TEntity Node(in TPage page, int row, NodesField field);

    /// <summary>The entity of row <paramref name="row"/> under an edge's <c>node</c>.</summary>
    TEntity EdgeNode(in TPage page, int row, EdgesField edges, NodesField field);

    TSources EdgeSources(in TPage page, int row, EdgesField edges, SourcesField field);

    object? EdgeProperty(in TPage page, int row, EdgesField edges, EdgePropertiesField properties, PropertyField field);

    /// <summary>
    /// What the cursor of row <paramref name="row"/> holds: its sort key values (all but the final id key, in the
    /// canonical types the cursor codec reads back), its id and, on relationship connections, its relationship id.
    /// False when the row has no id (no cursor, written as null).
    /// </summary>
    bool TryCursor(in TPage page, int row, ConnectionField connection, out IReadOnlyList<object?> keys, out string id, out string? relationshipId);
}
