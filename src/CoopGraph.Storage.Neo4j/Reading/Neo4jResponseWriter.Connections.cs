using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Paging;
using CoopGraph.Storage.Neo4j.Writes;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jResponseWriter
{
    private void WriteConnection(ConnectionField connection, IReadOnlyDictionary<string, object?> map)
    {
        var rows = List(map.GetValueOrDefault(ResponseKeys.Rows)).Select(Map).ToArray();
        var signature = connection.Parts.Any(p => p is PageInfoField or EdgesField) ? CursorCodec.Signature(connection.Order) : string.Empty;
        writer.WriteStartObject();
        foreach (var part in connection.Parts)
        {
            writer.WritePropertyName(part.ResponseName);
            switch (part)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.TotalCount }:
                    writer.WriteNumberValue(map.GetValueOrDefault(ResponseKeys.Total) as long? ?? 0);
                    break;
                case PageInfoField pageInfo:
                    WritePageInfo(pageInfo, connection, map, rows, signature);
                    break;
                case NodesField nodes:
                    writer.WriteStartArray();
                    foreach (var row in rows)
                    {
                        WriteEntity(row.GetValueOrDefault(nodes.ResponseName), nodes.Projection);
                    }

                    writer.WriteEndArray();
                    break;
                case EdgesField edges:
                    writer.WriteStartArray();
                    foreach (var row in rows)
                    {
                        WriteEdge(edges, connection, row, signature);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WritePageInfo(PageInfoField pageInfo, ConnectionField connection, IReadOnlyDictionary<string, object?> map, IReadOnlyDictionary<string, object?>[] rows, string signature)
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
                    writer.WriteBooleanValue(map.GetValueOrDefault(ResponseKeys.HasNext) is true);
                    break;
                case ConnectionValueField { Value: ConnectionValue.HasPreviousPage }:
                    writer.WriteBooleanValue(map.GetValueOrDefault(ResponseKeys.HasPrevious) is true);
                    break;
                case ConnectionValueField { Value: ConnectionValue.StartCursor }:
                    WriteCursor(connection, rows.Length > 0 ? rows[0] : null, signature);
                    break;
                case ConnectionValueField { Value: ConnectionValue.EndCursor }:
                    WriteCursor(connection, rows.Length > 0 ? rows[^1] : null, signature);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteEdge(EdgesField edges, ConnectionField connection, IReadOnlyDictionary<string, object?> row, string signature)
    {
        writer.WriteStartObject();
        foreach (var field in edges.Fields)
        {
            writer.WritePropertyName(field.ResponseName);
            var item = row.GetValueOrDefault(ResponseKeys.Nested(edges.ResponseName, field.ResponseName));
            switch (field)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case ConnectionValueField { Value: ConnectionValue.Cursor }:
                    WriteCursor(connection, row, signature);
                    break;
                case NodesField node:
                    WriteEntity(item, node.Projection);
                    break;
                case SourcesField sources:
                    WriteSources(Map(item), sources.Fields);
                    break;
                case EdgePropertiesField properties:
                    WriteEdgeProperties(properties, item as IReadOnlyDictionary<string, object?>);
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteEdgeProperties(EdgePropertiesField properties, IReadOnlyDictionary<string, object?>? stored)
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
                    WriteValue(stored?.GetValueOrDefault(property.Property.Name));
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>The cursor of a row: the sort key values Neo4j returned, made canonical, encoded as the embedded store does.</summary>
    private void WriteCursor(ConnectionField connection, IReadOnlyDictionary<string, object?>? row, string signature)
    {
        if (row is null || row.GetValueOrDefault(ResponseKeys.Id) is not string id)
        {
            writer.WriteNullValue();
            return;
        }

        var values = List(row.GetValueOrDefault(ResponseKeys.SortKeys));
        var keys = new object?[connection.Order.Count - 1];
        for (var i = 0; i < keys.Length; i++)
        {
            var value = i < values.Count ? values[i] : null;
            keys[i] = value is string text && Neo4jPlanTranslator.IsPartialDate(connection.Order[i].Operand) ? PartialDate.Parse(text) : value;
        }

        writer.WriteStringValue(CursorCodec.Encode(signature, keys, id, row.GetValueOrDefault(ResponseKeys.RelationshipId) as string));
    }

    private void WriteSources(IReadOnlyDictionary<string, object?> map, IReadOnlyList<OutputField> fields)
    {
        var references = map.GetValueOrDefault(ResponseKeys.SourcesJson) is string json ? SourcesJson.Read(json) : [];
        writer.WriteStartArray();
        foreach (var reference in references)
        {
            writer.WriteStartObject();
            foreach (var field in fields)
            {
                writer.WritePropertyName(field.ResponseName);
                switch (field)
                {
                    case TypenameField typename:
                        writer.WriteStringValue(typename.TypeName);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Quote }:
                        WriteValue(reference.Quote);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Inferred }:
                        writer.WriteBooleanValue(reference.Inferred);
                        break;
                    case SourceRefValueField { Value: SourceRefValue.Note }:
                        WriteValue(reference.Note);
                        break;
                    case SourceRefSourceField source:
                        WriteEntity(ById(map.GetValueOrDefault(field.ResponseName), reference.Source), source.Projection);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The projected value of the <c>{__id, __v}</c> pair whose id is <paramref name="id"/>; null when none.</summary>
    private static object? ById(object? pairs, string id) =>
        List(pairs).Select(Map).FirstOrDefault(p => p.GetValueOrDefault(ResponseKeys.Id) as string == id)?.GetValueOrDefault(ResponseKeys.Value);

    private void WriteLookupList(LookupListField list, object? value)
    {
        writer.WriteStartArray();
        foreach (var id in list.Ids)
        {
            WriteEntity(ById(value, id), list.Projection);
        }

        writer.WriteEndArray();
    }

    private void WriteSearch(SearchField search, object? value)
    {
        writer.WriteStartArray();
        foreach (var hit in List(value).Select(Map))
        {
            writer.WriteStartObject();
            foreach (var field in search.Fields)
            {
                writer.WritePropertyName(field.ResponseName);
                switch (field)
                {
                    case TypenameField typename:
                        writer.WriteStringValue(typename.TypeName);
                        break;
                    case SearchScoreField:
                        writer.WriteNumberValue(hit.GetValueOrDefault(field.ResponseName) switch { double d => d, long l => l, _ => 0 });
                        break;
                    case NodesField node:
                        WriteEntity(hit.GetValueOrDefault(field.ResponseName), node.Projection);
                        break;
                    default:
                        writer.WriteNullValue();
                        break;
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
