using System.Net;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// Reads a Query API response body. A 202 can carry rows and then <c>errors</c> (a failure while
/// streaming), so errors are looked for in every body, whatever the HTTP status.
/// </summary>
internal static class QueryResponseReader
{
    public static Neo4jResult Read(JsonDocument document, HttpStatusCode status, Uri uri, int maxRows)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jProtocolException($"Neo4j answered HTTP {(int)status} with a JSON {root.ValueKind}, not an object.");
        }

        if (FirstError(root) is { } error)
        {
            throw Neo4jErrors.FromError(error.Code, error.Message, status);
        }

        if ((int)status is < 200 or > 299)
        {
            throw Neo4jErrors.FromStatus(status, uri);
        }

        try
        {
            return ReadResult(root, maxRows);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new Neo4jProtocolException($"Neo4j answered HTTP {(int)status} with a body this client cannot read: {e.Message}", e);
        }
    }

    public static (string Code, string Message)? FirstError(JsonElement root)
    {
        if (!root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var all = errors.EnumerateArray().Select(e => (
            Code: e.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.DatabaseError.General.UnknownError" : "Neo.DatabaseError.General.UnknownError",
            Message: e.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty)).ToArray();
        var message = all.Length == 1 ? all[0].Message : string.Join(" | ", all.Select(a => $"{a.Code}: {a.Message}"));
        return (all[0].Code, message);
    }

    private static Neo4jResult ReadResult(JsonElement root, int maxRows)
    {
        var fields = Array.Empty<string>();
        var rows = new List<IReadOnlyList<object?>>();
        if (root.TryGetProperty("data", out var data))
        {
            fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray();
            foreach (var row in data.GetProperty("values").EnumerateArray())
            {
                if (rows.Count == maxRows)
                {
                    throw new Neo4jRowLimitException(maxRows);
                }

                rows.Add(row.EnumerateArray().Select(TypedJsonValueReader.Read).ToArray());
            }
        }

        return new Neo4jResult(fields, rows, Bookmarks(root), Counters(root), Notifications(root))
        {
            TransactionId = root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString() : null,
        };
    }

    private static string[] Bookmarks(JsonElement root) =>
        root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind == JsonValueKind.Array
            ? bookmarks.EnumerateArray().Select(b => b.GetString()!).ToArray()
            : [];

    private static Dictionary<string, long> Counters(JsonElement root)
    {
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        if (root.TryGetProperty("counters", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var counter in element.EnumerateObject())
            {
                counters[counter.Name] = counter.Value.ValueKind switch
                {
                    JsonValueKind.True => 1,
                    JsonValueKind.False => 0,
                    JsonValueKind.Number => counter.Value.GetInt64(),
                    _ => 0,
                };
            }
        }

        return counters;
    }

    private static Neo4jNotification[] Notifications(JsonElement root) =>
        root.TryGetProperty("notifications", out var notifications) && notifications.ValueKind == JsonValueKind.Array
            ? notifications.EnumerateArray().Select(n => new Neo4jNotification(
                Text(n, "code"), Text(n, "severity"), Text(n, "title"), Text(n, "description"))).ToArray()
            : [];

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
