using System.Text.Json;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

/// <summary>
/// Turns one line of a seed file into a write, or records why it cannot. Every problem of the
/// line is recorded, not only the first, and a line with any problem yields nothing.
/// </summary>
internal sealed class LineParser(string file, int line, List<SeedError> errors)
{
    private static readonly string[] NodeFields = ["id", "label", "properties", "sources"];
    private static readonly string[] RelationshipFields = ["type", "start", "end", "properties", "sources"];
    private static readonly string[] SourceFields = ["source", "quote", "inferred", "note"];

    private bool _failed;

    public SeedEntry? Parse(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            Fail(SeedErrorCodes.BadJson, "Not valid JSON: " + e.Message);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail(SeedErrorCodes.WrongFieldType, $"A line holds one JSON object, not a {Describe(root)}.");
                return null;
            }

            GraphWrite? write = null;
            if (root.TryGetProperty("label", out _))
            {
                write = ParseNode(root);
            }
            else if (root.TryGetProperty("type", out _))
            {
                write = ParseRelationship(root);
            }
            else
            {
                Fail(SeedErrorCodes.MissingField, "'label' (a node) or 'type' (a relationship) is missing.");
            }

            return _failed || write is null ? null : new SeedEntry(write, file, line);
        }
    }

    private NodeWrite? ParseNode(JsonElement root)
    {
        var fields = Fields(root, NodeFields, "a node");
        var id = RequiredString(fields, "id");
        var label = RequiredString(fields, "label");
        var properties = Properties(fields);
        var sources = Sources(fields);
        return id is null || label is null || properties is null || sources is null ? null : new NodeWrite(id, label, properties, sources);
    }

    private RelationshipWrite? ParseRelationship(JsonElement root)
    {
        var fields = Fields(root, RelationshipFields, "a relationship");
        var type = RequiredString(fields, "type");
        var start = RequiredString(fields, "start");
        var end = RequiredString(fields, "end");
        var properties = Properties(fields);
        var sources = Sources(fields);
        return type is null || start is null || end is null || properties is null || sources is null
            ? null
            : new RelationshipWrite(type, start, end, properties, sources);
    }

    private Dictionary<string, JsonElement> Fields(JsonElement obj, string[] allowed, string what)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Fail(SeedErrorCodes.UnknownField, $"'{property.Name}' is not a field of {what} (fields: {string.Join(", ", allowed)}).");
            }
            else if (!fields.TryAdd(property.Name, property.Value))
            {
                Fail(SeedErrorCodes.DuplicateField, $"'{property.Name}' is given twice.");
            }
        }

        return fields;
    }

    private string? RequiredString(Dictionary<string, JsonElement> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Missing(name);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return WrongType(name, "a string", value);
        }

        return value.GetString();
    }

    private string? OptionalString(Dictionary<string, JsonElement> fields, string name)
    {
        if (!fields.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : WrongType(name, "a string", value);
    }

    private Dictionary<string, object?>? Properties(Dictionary<string, JsonElement> fields)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!fields.TryGetValue("properties", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return properties;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return WrongType<Dictionary<string, object?>>("properties", "an object", value);
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!properties.TryAdd(property.Name, JsonValues.ToClr(property.Value)))
            {
                Fail(SeedErrorCodes.DuplicateField, $"Property '{property.Name}' is given twice.");
            }
        }

        return properties;
    }

    private List<SourceRef>? Sources(Dictionary<string, JsonElement> fields)
    {
        if (!fields.TryGetValue("sources", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Missing<List<SourceRef>>("sources");
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return WrongType<List<SourceRef>>("sources", "an array of source references", value);
        }

        var sources = new List<SourceRef>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                WrongType("sources", "an array of objects", item);
                continue;
            }

            var refFields = Fields(item, SourceFields, "a source reference");
            var source = RequiredString(refFields, "source");
            var quote = OptionalString(refFields, "quote");
            var note = OptionalString(refFields, "note");
            var inferred = false;
            if (refFields.TryGetValue("inferred", out var flag) && flag.ValueKind != JsonValueKind.Null)
            {
                if (flag.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    inferred = flag.GetBoolean();
                }
                else
                {
                    WrongType("inferred", "true or false", flag);
                }
            }

            if (source is not null)
            {
                sources.Add(new SourceRef(source, quote, inferred, note));
            }
        }

        return sources;
    }

    private T? Missing<T>(string name)
        where T : class
    {
        Fail(SeedErrorCodes.MissingField, $"'{name}' is missing.");
        return null;
    }

    private string? Missing(string name) => Missing<string>(name);

    private T? WrongType<T>(string name, string expected, JsonElement got)
        where T : class
    {
        Fail(SeedErrorCodes.WrongFieldType, $"'{name}' must be {expected}, not a {Describe(got)}.");
        return null;
    }

    private string? WrongType(string name, string expected, JsonElement got) => WrongType<string>(name, expected, got);

    private void Fail(string code, string message)
    {
        _failed = true;
        errors.Add(new SeedError(file, line, code, message));
    }

    private static string Describe(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
}
