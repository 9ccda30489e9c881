using System.Net;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Answers the explicit-transaction calls of a write like Neo4j would: the facts query with the given
/// rows, a batch's idempotency mark as not stored, every write statement with the number of rows it was sent, the
/// commit with a version.
/// </summary>
internal static class ScriptedTransactions
{
    public static FakeNeo4jHandler Handler(params object?[][] factRows) => new((request, _) => Task.FromResult(Answer(request, factRows, _ => false)));

    /// <summary>As <see cref="Handler(object[][])"/>, but <paramref name="answer"/> answers first, where it gives an answer.</summary>
    public static FakeNeo4jHandler Answering(Func<RecordedRequest, HttpResponseMessage?> answer, params object?[][] factRows) =>
        new((request, _) => Task.FromResult(answer(request) ?? Answer(request, factRows, _ => false)));

    /// <summary>As <see cref="Handler(object[][])"/>, but a write statement that <paramref name="changedConcurrently"/> picks finds none of its rows.</summary>
    public static FakeNeo4jHandler Handler(Func<string, bool> changedConcurrently, params object?[][] factRows) =>
        new((request, _) => Task.FromResult(Answer(request, factRows, changedConcurrently)));

    /// <summary>A facts row: fact kind, id, same, rels, value, the fact whole, its stored sources, its stamp, the Sources it cites and the relationships held for a required relationship check, as typed JSON.</summary>
    public static object?[] Fact(
        string fact,
        string id,
        bool? same = null,
        string[]? rels = null,
        string? value = null,
        IReadOnlyDictionary<string, object?>? props = null,
        string? sources = null,
        object?[]? stamp = null,
        string[]? cited = null,
        string[]? held = null) =>
        [fact, id, same, rels ?? [], value, props, sources, stamp ?? new object?[5], cited ?? [], held ?? []];

    /// <summary>A stamp as the facts query returns it: version, created at (epoch ms), by, updated at, by.</summary>
    public static object?[] Stamp(long version, long? createdAt = null, string? createdBy = "seed", long? updatedAt = null, string? updatedBy = "seed") =>
        [version, createdAt, createdBy, updatedAt, updatedBy];

    private static HttpResponseMessage Answer(RecordedRequest request, object?[][] factRows, Func<string, bool> changedConcurrently)
    {
        var path = request.Uri.AbsolutePath;
        if (request.Method == HttpMethod.Delete)
        {
            return new HttpResponseMessage(HttpStatusCode.OK);
        }

        if (path.EndsWith("/tx", StringComparison.Ordinal))
        {
            return Recorded.Response("tx-begin");
        }

        if (path.EndsWith("/commit", StringComparison.Ordinal))
        {
            return Recorded.Response("tx-commit");
        }

        var statement = request.Statement ?? string.Empty;
        if (statement.Contains(" AS fact", StringComparison.Ordinal))
        {
            return Rows(["fact", "id", "same", "rels", "value", "props", "sources", "stamp", "cited", "held"], factRows);
        }

        if (IsMarkCheck(request))
        {
            return Rows(["hash"], [[null]]);
        }

        var sent = request.Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value").GetArrayLength();
        return Rows(["rows"], [[changedConcurrently(statement) ? 0L : sent]]);
    }

    public static bool IsMarkCheck(RecordedRequest request) =>
        request.Statement?.StartsWith("OPTIONAL MATCH (m:`__IdempotencyMark`", StringComparison.Ordinal) == true;

    public static bool IsMarkWrite(RecordedRequest request) =>
        request.Statement?.Contains("CREATE (m:`__IdempotencyMark`)", StringComparison.Ordinal) == true;

    /// <summary>A Query API answer with these columns and rows, as typed JSON.</summary>
    public static HttpResponseMessage Rows(string[] fields, object?[][] rows)
    {
        var body = JsonSerializer.Serialize(new
        {
            data = new { fields, values = rows.Select(r => r.Select(Typed).ToArray()).ToArray() },
            bookmarks = Array.Empty<string>(),
            transaction = new { id = "lyU", expires = "2024-10-22T15:48:29Z" },
        });
        return FakeNeo4jHandler.Json(HttpStatusCode.Accepted, body);
    }

    private static object Typed(object? value) => value switch
    {
        null => new Dictionary<string, object?> { ["$type"] = "Null", ["_value"] = null },
        string s => new Dictionary<string, object?> { ["$type"] = "String", ["_value"] = s },
        bool b => new Dictionary<string, object?> { ["$type"] = "Boolean", ["_value"] = b },
        long l => new Dictionary<string, object?> { ["$type"] = "Integer", ["_value"] = l.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        double d => new Dictionary<string, object?> { ["$type"] = "Float", ["_value"] = d.ToString("R", System.Globalization.CultureInfo.InvariantCulture) },
        IReadOnlyDictionary<string, object?> map => new Dictionary<string, object?> { ["$type"] = "Map", ["_value"] = map.ToDictionary(p => p.Key, p => Typed(p.Value)) },
        System.Collections.IEnumerable list => new Dictionary<string, object?> { ["$type"] = "List", ["_value"] = list.Cast<object?>().Select(Typed).ToArray() },
        _ => throw new ArgumentException(value.GetType().Name),
    };
}
