using System.Globalization;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// Reads one value of Neo4j's typed JSON (<c>{"$type": T, "_value": V}</c>) into the value model of
/// <see cref="Neo4jResult"/>. Integers arrive as strings and are parsed straight to long, so 64-bit
/// values stay exact; nothing passes through double.
/// </summary>
internal static class TypedJsonValueReader
{
    public static object? Read(JsonElement typed)
    {
        if (typed.ValueKind != JsonValueKind.Object
            || !typed.TryGetProperty("$type", out var typeElement)
            || typeElement.GetString() is not { } type)
        {
            throw Malformed($"expected a typed value {{\"$type\":…,\"_value\":…}}, got {typed.ValueKind}");
        }

        typed.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => ParseInteger(value),
            "Float" => ParseFloat(value),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString() ?? string.Empty),
            "List" => ReadList(value),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            "Path" => ReadPath(value),
            "Vector" => ReadVector(value),
            _ => new Neo4jTypedText(type, value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()),
        };
    }

    public static IReadOnlyDictionary<string, object?> ReadMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            result[property.Name] = Read(property.Value);
        }

        return result;
    }

    private static object?[] ReadList(JsonElement list)
    {
        var result = new object?[list.GetArrayLength()];
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            result[i++] = Read(item);
        }

        return result;
    }

    private static long ParseInteger(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out l)
                ? l
                : throw Malformed($"'{value.GetRawText()}' is not a 64-bit Integer");

    private static double ParseFloat(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        var text = value.GetString();
        return text switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => throw Malformed($"'{text}' is not a Float"),
        };
    }

    private static Neo4jNode ReadNode(JsonElement node) => new(
        node.GetProperty("_element_id").GetString()!,
        node.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToArray(),
        ReadMap(node.GetProperty("_properties")));

    private static Neo4jRelationship ReadRelationship(JsonElement rel) => new(
        rel.GetProperty("_element_id").GetString()!,
        rel.GetProperty("_start_node_element_id").GetString()!,
        rel.GetProperty("_end_node_element_id").GetString()!,
        rel.GetProperty("_type").GetString()!,
        ReadMap(rel.GetProperty("_properties")));

    private static Neo4jPath ReadPath(JsonElement path)
    {
        var nodes = new List<Neo4jNode>();
        var relationships = new List<Neo4jRelationship>();
        foreach (var element in path.EnumerateArray())
        {
            switch (Read(element))
            {
                case Neo4jNode n when nodes.Count == relationships.Count:
                    nodes.Add(n);
                    break;
                case Neo4jRelationship r when nodes.Count == relationships.Count + 1:
                    relationships.Add(r);
                    break;
                default:
                    throw Malformed("a Path must alternate Node, Relationship, Node, …");
            }
        }

        return nodes.Count == relationships.Count + 1 ? new Neo4jPath(nodes, relationships) : throw Malformed("a Path must end with a Node");
    }

    private static object[] ReadVector(JsonElement vector)
    {
        var integral = vector.GetProperty("coordinatesType").GetString()?.StartsWith("INT", StringComparison.Ordinal) == true;
        return vector.GetProperty("coordinates").EnumerateArray()
            .Select(c => integral ? (object)ParseInteger(c) : ParseFloat(c))
            .ToArray();
    }

    private static Neo4jProtocolException Malformed(string what) => new($"Neo4j sent a response this client cannot read: {what}.");
}
