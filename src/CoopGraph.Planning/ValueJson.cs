using System.Collections;
using System.Globalization;
using System.Text.Json;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Planning;

/// <summary>
/// Writes a stored value as the API shows it, the same from every store: integers exact, partial dates as
/// their text, lists as arrays.
/// </summary>
public static class ValueJson
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case PartialDate p:
                writer.WriteStringValue(p.ToString());
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
