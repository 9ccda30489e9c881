using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Paging;

namespace CoopGraph.Storage.Responses;

/// <summary>Relay connections: the page's nodes and edges, page info and cursors.</summary>
public sealed partial class ResponseWriter<TRows, TEntity, TRelationship, TPage, TSources, TResult>
{
    private void WriteConnection(ConnectionField connection, in TPage page)
    {
        // The signature hashes the order: worth it only when a cursor is written.
        var signature = NeedsCursors(connection.Parts) ? CursorCodec.Signature(connection.Order) : string.Empty;
        var count = _rows.RowCount(page);
        _writer.WriteStartObject();
        for (var i = 0; i < connection.Parts.Count; i++)
        {
            var part = connection.Parts[i];
            _writer.WritePropertyName(part.ResponseName);
            if (!Enter(part))
            {
                continue;
            }

            switch (part)
            {
                case TypenameField typename:
                    _writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.TotalCount }:
                    _writer.WriteNumberValue(_rows.TotalCount(page));
                    break;
                case PageInfoField pageInfo:
                    WritePageInfo(pageInfo, connection, page, count, signature);
                    break;
                case NodesField nodes:
                    _writer.WriteStartArray();
                    _path.EnterList();
                    for (var row = 0; row < count; row++)
                    {
                        if (Item(row))
                        {
                            WriteEntity(_rows.Node(page, row, nodes), nodes.Projection);
                        }
                    }

                    _path.Leave();
                    _writer.WriteEndArray();
                    break;
                case EdgesField edges:
                    _writer.WriteStartArray();
                    _path.EnterList();
                    for (var row = 0; row < count; row++)
                    {
                        if (Item(row))
                        {
                            WriteEdge(edges, connection, page, row, signature);
                        }
                    }

                    _path.Leave();
                    _writer.WriteEndArray();
                    break;
                default:
                    _writer.WriteNullValue();
                    break;
            }

            _path.Leave();
        }

        _writer.WriteEndObject();
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

    private void WritePageInfo(PageInfoField pageInfo, ConnectionField connection, in TPage page, int count, string signature)
    {
        _writer.WriteStartObject();
        foreach (var field in pageInfo.Fields)
        {
            _writer.WritePropertyName(field.ResponseName);
            if (!Enter(field))
            {
                continue;
            }

            switch (field)
            {
                case TypenameField typename:
                    _writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.HasNextPage }:
                    _writer.WriteBooleanValue(_rows.HasNextPage(page));
                    break;
                case ConnectionValueField { Value: ConnectionValue.HasPreviousPage }:
                    _writer.WriteBooleanValue(_rows.HasPreviousPage(page));
                    break;
                case ConnectionValueField { Value: ConnectionValue.StartCursor }:
                    WriteCursor(connection, page, count > 0 ? 0 : -1, signature);
                    break;
                case ConnectionValueField { Value: ConnectionValue.EndCursor }:
                    WriteCursor(connection, page, count - 1, signature);
                    break;
                default:
                    _writer.WriteNullValue();
                    break;
            }

            _path.Leave();
        }

        _writer.WriteEndObject();
    }

    private void WriteEdge(EdgesField edges, ConnectionField connection, in TPage page, int row, string signature)
    {
        _writer.WriteStartObject();
        foreach (var field in edges.Fields)
        {
            _writer.WritePropertyName(field.ResponseName);
            if (!Enter(field))
            {
                continue;
            }

            switch (field)
            {
                case TypenameField typename:
                    _writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.Cursor }:
                    WriteCursor(connection, page, row, signature);
                    break;
                case NodesField node:
                    WriteEntity(_rows.EdgeNode(page, row, edges, node), node.Projection);
                    break;
                case SourcesField sources:
                    WriteSources(_rows.EdgeSources(page, row, edges, sources), sources.Fields);
                    break;
                case EdgePropertiesField properties:
                    WriteEdgeProperties(edges, properties, page, row);
                    break;
                default:
                    _writer.WriteNullValue();
                    break;
            }

            _path.Leave();
        }

        _writer.WriteEndObject();
    }

    private void WriteEdgeProperties(EdgesField edges, EdgePropertiesField properties, in TPage page, int row)
    {
        _writer.WriteStartObject();
        foreach (var field in properties.Fields)
        {
            _writer.WritePropertyName(field.ResponseName);
            if (!Enter(field))
            {
                continue;
            }

            switch (field)
            {
                case TypenameField typename:
                    _writer.WriteStringValue(typename.TypeName);
                    break;
                case PropertyField property:
                    ValueJson.Write(_writer, _rows.EdgeProperty(page, row, edges, properties, property));
                    break;
                default:
                    _writer.WriteNullValue();
                    break;
            }

            _path.Leave();
        }

        _writer.WriteEndObject();
    }

    /// <summary>The cursor of row <paramref name="row"/>, encoded with the one codec both stores read; null for no row (-1) or a row without an id.</summary>
    private void WriteCursor(ConnectionField connection, in TPage page, int row, string signature)
    {
        if (row >= 0 && _rows.TryCursor(page, row, connection, out var keys, out var id, out var relationshipId))
        {
            _writer.WriteStringValue(CursorCodec.Encode(signature, keys, id, relationshipId));
        }
        else
        {
            _writer.WriteNullValue();
        }
    }
}
