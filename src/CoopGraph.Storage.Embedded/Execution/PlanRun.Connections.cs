using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Paging;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>One page of a connection, with what the page info needs to know about the rest.</summary>
    private sealed record Page(List<KeyedRow> Rows, int TotalCount, bool HasNext, bool HasPrevious);

    private void WriteConnection(ConnectionField connection, int parent)
    {
        var page = ReadPage(connection, parent);
        var signature = NeedsCursors(connection.Parts) ? CursorCodec.Signature(connection.Order) : string.Empty;
        writer.WriteStartObject();
        for (var i = 0; i < connection.Parts.Count; i++)
        {
            var part = connection.Parts[i];
            writer.WritePropertyName(part.ResponseName);
            switch (part)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.TotalCount }:
                    writer.WriteNumberValue(page.TotalCount);
                    break;
                case PageInfoField pageInfo:
                    WritePageInfo(pageInfo, page, signature);
                    break;
                case NodesField nodes:
                    writer.WriteStartArray();
                    foreach (var row in page.Rows)
                    {
                        WriteEntity(row.Row, nodes.Projection, row.Id);
                    }

                    writer.WriteEndArray();
                    break;
                case EdgesField edges:
                    writer.WriteStartArray();
                    foreach (var row in page.Rows)
                    {
                        WriteEdge(edges, row, signature);
                    }

                    writer.WriteEndArray();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static bool NeedsCursors(IReadOnlyList<OutputField> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i] is PageInfoField or EdgesField)
            {
                return true;
            }
        }

        return false;
    }

    private void WritePageInfo(PageInfoField pageInfo, Page page, string signature)
    {
        writer.WriteStartObject();
        foreach (var field in pageInfo.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.HasNextPage }:
                    writer.WriteBooleanValue(page.HasNext);
                    break;
                case ConnectionValueField { Value: ConnectionValue.HasPreviousPage }:
                    writer.WriteBooleanValue(page.HasPrevious);
                    break;
                case ConnectionValueField { Value: ConnectionValue.StartCursor }:
                    WriteCursorOrNull(page.Rows.Count > 0 ? page.Rows[0] : null, signature);
                    break;
                case ConnectionValueField { Value: ConnectionValue.EndCursor }:
                    WriteCursorOrNull(page.Rows.Count > 0 ? page.Rows[^1] : null, signature);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteCursorOrNull(KeyedRow? row, string signature)
    {
        if (row is { } r)
        {
            writer.WriteStringValue(CursorCodec.Encode(signature, r.Keys, r.Id, RelationshipIdOf(r)));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private void WriteEdge(EdgesField edges, KeyedRow row, string signature)
    {
        writer.WriteStartObject();
        foreach (var field in edges.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.Cursor }:
                    WriteCursorOrNull(row, signature);
                    break;
                case NodesField node:
                    WriteEntity(row.Row, node.Projection, row.Id);
                    break;
                case SourcesField sources:
                    WriteSources(row.Row.Relationship >= 0 ? snapshot.GetRelationshipSources(row.Row.Relationship) : [], sources.Fields);
                    break;
                case EdgePropertiesField properties:
                    WriteEdgeProperties(properties, row.Row.Relationship);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteEdgeProperties(EdgePropertiesField properties, int relationship)
    {
        writer.WriteStartObject();
        foreach (var field in properties.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case PropertyField property:
                    ValueJson.Write(writer, relationship >= 0 ? snapshot.GetRelationshipProperty(relationship, property.Property) : null);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads the rows, counts them, keeps those between the cursors and selects the page: rows
    /// are kept in a list while they fit in a page, and only past that in a bounded heap
    /// (n log k), so a small page of a large label stays cheap and a short list is just sorted.
    /// </summary>
    private Page ReadPage(ConnectionField connection, int parent)
    {
        var order = connection.Order;
        var request = connection.Page;
        var withRelationship = LeadsThroughRelationships(connection.Source);
        var comparer = new KeyedRowComparer(this, order);
        var total = 0;
        var before = 0;
        var after = 0;
        var fromEnd = request.Last is not null;
        var size = request.First ?? request.Last ?? 0;

        // Keep the size+1 best rows: from the start (first) or from the end (last); the extra one tells whether more exist.
        var rows = new List<KeyedRow>(Math.Min(size + 2, 64));
        PriorityQueue<KeyedRow, KeyedRow>? heap = null;
        foreach (var row in Rows(connection.Source, parent))
        {
            total++;
            var keyed = Keyed(row, order, withRelationship);
            if (request.After is { } a && CompareToCursor(order, keyed, a) <= 0)
            {
                before++;
                continue;
            }

            if (request.Before is { } b && CompareToCursor(order, keyed, b) >= 0)
            {
                after++;
                continue;
            }

            if (heap is not null)
            {
                // A row that would be dropped at once costs one comparison with the heap's top.
                heap.EnqueueDequeue(keyed, keyed);
            }
            else if (rows.Count <= size)
            {
                rows.Add(keyed);
            }
            else
            {
                // The heap's top is the row to drop first: the last one in order for first, the first one for last.
                IComparer<KeyedRow> dropFirst = fromEnd ? comparer : Comparer<KeyedRow>.Create((x, y) => comparer.Compare(y, x));
                heap = new PriorityQueue<KeyedRow, KeyedRow>(rows.Select(r => (r, r)), dropFirst);
                heap.EnqueueDequeue(keyed, keyed);
                rows.Clear();
            }
        }

        while (heap is { Count: > 0 })
        {
            rows.Add(heap.Dequeue());
        }

        rows.Sort(comparer);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(fromEnd ? 0 : rows.Count - 1);
        }

        return fromEnd
            ? new Page(rows, total, HasNext: after > 0, HasPrevious: more)
            : new Page(rows, total, HasNext: more, HasPrevious: before > 0);
    }

    /// <summary>Rows of relationship connections are (entity, relationship) pairs; their cursors carry the relationship id.</summary>
    private static bool LeadsThroughRelationships(EntitySource source) => source switch
    {
        ExpandRelationship => true,
        FilterEntities filter => LeadsThroughRelationships(filter.Input),
        _ => false,
    };
}
