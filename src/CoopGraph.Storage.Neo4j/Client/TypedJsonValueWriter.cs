using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// Writes parameter values as typed JSON. Plain JSON would send the double 3.0 as <c>3</c>, which Neo4j
/// stores as an Integer; typed JSON keeps Integer and Float apart and longs exact.
/// </summary>
internal static class TypedJsonValueWriter
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                Typed(writer, "Null", w => w.WriteNullValue());
                break;
            case string s:
                Typed(writer, "String", w => w.WriteStringValue(s));
                break;
            case bool b:
                Typed(writer, "Boolean", w => w.WriteBooleanValue(b));
                break;
            case int or long or short or byte or sbyte or ushort or uint:
                Typed(writer, "Integer", w => w.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
                break;
            case double or float:
                Typed(writer, "Float", w => w.WriteStringValue(FloatText(Convert.ToDouble(value, CultureInfo.InvariantCulture))));
                break;
            case byte[] bytes:
                Typed(writer, "Base64", w => w.WriteStringValue(Convert.ToBase64String(bytes)));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                Typed(writer, "Map", w => WriteMap(w, map));
                break;
            case IEnumerable list when value is not IDictionary:
                Typed(writer, "List", w =>
                {
                    w.WriteStartArray();
                    foreach (var item in list)
                    {
                        Write(w, item);
                    }

                    w.WriteEndArray();
                });
                break;
            default:
                throw new ArgumentException(
                    $"A {value.GetType().Name} cannot be sent to Neo4j as a parameter; convert it to string, long, double, bool, a list or a string-keyed map first.",
                    nameof(value));
        }
    }

    public static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
    }

    /// <summary>Shortest text that parses back to the same double; Java's parser reads it too.</summary>
    private static string FloatText(double d) => d switch
    {
        double.NaN => "NaN",
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ => d.ToString("R", CultureInfo.InvariantCulture),
    };

    private static void Typed(Utf8JsonWriter writer, string type, Action<Utf8JsonWriter> writeValue)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
        writeValue(writer);
        writer.WriteEndObject();
    }
}
