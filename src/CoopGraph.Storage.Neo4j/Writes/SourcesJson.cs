using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// Sources as one JSON string property. Neo4j properties cannot hold maps, and its lists cannot hold
/// nulls, so parallel lists would need sentinels for a missing quote or note; JSON keeps them exact.
/// </summary>
internal static class SourcesJson
{
    public static string Write(IReadOnlyList<SourceRef> sources)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Unescaped non-ASCII keeps the quotes readable for researchers running Cypher; the value is never put in HTML.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var source in sources)
            {
                writer.WriteStartObject();
                writer.WriteString("source", source.Source);
                writer.WriteString("quote", source.Quote);
                writer.WriteBoolean("inferred", source.Inferred);
                writer.WriteString("note", source.Note);
                if (source.Verified)
                {
                    // Only when true: the JSON of facts stored before quotes were checked stays as it was, so writing
                    // them again unchanged is still unchanged.
                    writer.WriteBoolean("verified", true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<SourceRef> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(s => new SourceRef(
                s.GetProperty("source").GetString()!,
                s.GetProperty("quote").GetString(),
                s.GetProperty("inferred").GetBoolean(),
                s.GetProperty("note").GetString())
            {
                Verified = s.TryGetProperty("verified", out var verified) && verified.GetBoolean(),
            })
            .ToArray();
    }
}
