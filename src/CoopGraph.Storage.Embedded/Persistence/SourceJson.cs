using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// The canonical JSON of a source list (fixed member order, defaults left out), so that
/// identical lists have identical text: the key by which they are interned.
/// </summary>
internal static class SourceJson
{
    public static string Write(IReadOnlyList<SourceRef> sources)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var source in sources)
            {
                writer.WriteStartObject();
                writer.WriteString("source", source.Source);
                if (source.Quote is not null)
                {
                    writer.WriteString("quote", source.Quote);
                }

                if (source.Inferred)
                {
                    writer.WriteBoolean("inferred", true);
                }

                if (source.Note is not null)
                {
                    writer.WriteString("note", source.Note);
                }

                if (source.Verified)
                {
                    writer.WriteBoolean("verified", true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static SourceRef[] Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(e => new SourceRef(
                e.GetProperty("source").GetString()!,
                e.TryGetProperty("quote", out var quote) ? quote.GetString() : null,
                e.TryGetProperty("inferred", out var inferred) && inferred.GetBoolean(),
                e.TryGetProperty("note", out var note) ? note.GetString() : null)
            {
                Verified = e.TryGetProperty("verified", out var verified) && verified.GetBoolean(),
            })
            .ToArray();
    }
}
