using System.Text.Json;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;
using CoopGraph.Storage.Neo4j.Client;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Writes the answer of a researcher's Cypher statement: its columns, and each row as an object keyed by
/// column. Nodes are <c>{elementId, labels, properties}</c>, relationships <c>{elementId, type, start, end,
/// properties}</c>, paths <c>{nodes, relationships}</c>; the store's own bookkeeping properties (<c>__…</c>) are left out.
/// </summary>
internal sealed class RawCypherWriter(Utf8JsonWriter writer)
{
    public void Write(StoreQueryField field, Neo4jResult result)
    {
        writer.WriteStartObject();
        foreach (var part in field.Fields)
        {
            writer.WritePropertyName(part.ResponseName);
            switch (part)
            {
                case TypenameField typename:
                    writer.WriteStringValue(typename.TypeName);
                    break;
                case StoreQueryValueField { Value: StoreQueryValue.Columns }:
                    writer.WriteStartArray();
                    foreach (var column in result.Fields)
                    {
                        writer.WriteStringValue(column);
                    }

                    writer.WriteEndArray();
                    break;
                case StoreQueryValueField { Value: StoreQueryValue.Rows }:
                    writer.WriteStartArray();
                    foreach (var row in result.Rows)
                    {
                        writer.WriteStartObject();
                        for (var i = 0; i < result.Fields.Count; i++)
                        {
                            writer.WritePropertyName(result.Fields[i]);
                            WriteAny(row[i]);
                        }

                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private void WriteAny(object? value)
    {
        switch (value)
        {
            case null or string or long or double or bool:
                ValueJson.Write(writer, value);
                break;
            case byte[] bytes:
                writer.WriteBase64StringValue(bytes);
                break;
            case Neo4jTypedText text:
                writer.WriteStringValue(text.Text);
                break;
            case Neo4jNode node:
                writer.WriteStartObject();
                writer.WriteString("elementId", node.ElementId);
                writer.WriteStartArray("labels");
                foreach (var label in node.Labels)
                {
                    writer.WriteStringValue(label);
                }

                writer.WriteEndArray();
                WriteProperties(node.Properties);
                writer.WriteEndObject();
                break;
            case Neo4jRelationship relationship:
                writer.WriteStartObject();
                writer.WriteString("elementId", relationship.ElementId);
                writer.WriteString("type", relationship.Type);
                writer.WriteString("start", relationship.StartNodeElementId);
                writer.WriteString("end", relationship.EndNodeElementId);
                WriteProperties(relationship.Properties);
                writer.WriteEndObject();
                break;
            case Neo4jPath path:
                writer.WriteStartObject();
                writer.WritePropertyName("nodes");
                WriteAny(path.Nodes);
                writer.WritePropertyName("relationships");
                WriteAny(path.Relationships);
                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteAny(item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteAny(item);
                }

                writer.WriteEndArray();
                break;
            default:
                ValueJson.Write(writer, value);
                break;
        }
    }

    private void WriteProperties(IReadOnlyDictionary<string, object?> properties)
    {
        writer.WriteStartObject("properties");
        foreach (var (key, item) in properties)
        {
            if (!key.StartsWith("__", StringComparison.Ordinal))
            {
                writer.WritePropertyName(key);
                WriteAny(item);
            }
        }

        writer.WriteEndObject();
    }
}
