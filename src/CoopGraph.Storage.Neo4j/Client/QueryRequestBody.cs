using System.Buffers;
using System.Text.Json;
using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>Writes the JSON body of a Query API request (statement, typed parameters, access mode, bookmarks).</summary>
internal static class QueryRequestBody
{
    public static byte[] Write(CypherStatement? statement, Neo4jAccessMode mode, IReadOnlyCollection<string> bookmarks, int? maxExecutionSeconds)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (statement is not null)
            {
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                TypedJsonValueWriter.WriteMap(writer, statement.Parameters);
            }

            writer.WriteString("accessMode", mode == Neo4jAccessMode.Read ? "READ" : "WRITE");
            if (bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            if (maxExecutionSeconds is { } seconds)
            {
                writer.WriteNumber("maxExecutionTime", seconds);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
