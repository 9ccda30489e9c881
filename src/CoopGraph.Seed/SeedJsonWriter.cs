using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

/// <summary>
/// Writes one seed line for a node or a relationship in a fixed shape, so that a store
/// exported twice, or the seed exported after import, gives the same bytes: fields in a fixed
/// order, properties in the model's order, no whitespace, non-ASCII text as it is.
/// </summary>
internal static class SeedJsonWriter
{
    // Seed files are data files, never embedded in HTML, so readable text beats defensive escaping.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Node(NodeWrite node, NodeType? label) => Write(writer =>
    {
        writer.WriteString("id", node.Id);
        writer.WriteString("label", node.Label);
        WriteProperties(writer, label?.Properties ?? [], ArticleFile(node) is null ? node.Properties : WithoutText(node.Properties));
        WriteSources(writer, node.Sources);
    });

    public static string Relationship(RelationshipWrite rel, RelationshipType? type) => Write(writer =>
    {
        writer.WriteString("type", rel.Type);
        writer.WriteString("start", rel.Start);
        writer.WriteString("end", rel.End);
        WriteProperties(writer, type?.Properties?.Properties ?? [], rel.Properties);
        WriteSources(writer, rel.Sources);
    });

    /// <summary>The article file a Source's text is kept in beside the seed lines (then the line leaves the text out), or null.</summary>
    public static string? ArticleFile(NodeWrite node) =>
        node.Label == GraphModel.SourceLabel
        && node.Properties.GetValueOrDefault(WriteResolver.SourceTextProperty) is string
        && node.Properties.GetValueOrDefault(SeedLayout.SourceFileProperty) is string file
        && file.Length > 0
        && Path.GetFileName(file) == file
            ? file
            : null;

    private static Dictionary<string, object?> WithoutText(IReadOnlyDictionary<string, object?> properties)
    {
        var copy = new Dictionary<string, object?>(properties, StringComparer.Ordinal);
        copy.Remove(WriteResolver.SourceTextProperty);
        return copy;
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyList<PropertyDefinition> definitions, IReadOnlyDictionary<string, object?> values)
    {
        writer.WriteStartObject("properties");
        var declared = definitions.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        var names = definitions.Select(d => d.Name)
            .Concat(values.Keys.Where(k => !declared.Contains(k)).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            if (values.GetValueOrDefault(name) is { } value)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value) => ValueJson.Write(writer, value);

    private static void WriteSources(Utf8JsonWriter writer, IReadOnlyList<SourceRef> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources)
        {
            writer.WriteStartObject();
            writer.WriteString("source", source.Source);
            if (source.Quote is not null)
            {
                writer.WriteString("quote", source.Quote);
            }

            writer.WriteBoolean("inferred", source.Inferred);
            if (source.Note is not null)
            {
                writer.WriteString("note", source.Note);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
