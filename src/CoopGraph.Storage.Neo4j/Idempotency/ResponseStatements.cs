using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Idempotency;

/// <summary>
/// The statements of <see cref="IIdempotencyStore"/> on Neo4j: finding a key's record, keeping the first response,
/// and dropping expired records. Times are epoch milliseconds; hashes and bodies base64 strings.
/// </summary>
internal static class ResponseStatements
{
    /// <summary>
    /// Expired records dropped per label per kept response: one call never does unbounded work, and since each call
    /// adds one response, the records still drain faster than they arrive.
    /// </summary>
    public const long PurgeLimit = 1000;

    private static readonly string Mark = CypherNames.Escape(StoredNames.MarkLabel);
    private static readonly string Response = CypherNames.Escape(StoredNames.ResponseLabel);

    /// <summary>One row: the key's response if it is young enough (its columns null otherwise), and a young mark's hash.</summary>
    public static CypherStatement Find(string key, DateTimeOffset notBefore) => new(
        $"OPTIONAL MATCH (r:{Response} {{key: $key}}) WHERE r.at >= $notBefore "
        + "RETURN r.hash AS hash, r.status AS status, r.contentType AS contentType, r.body AS body, r.at AS at, "
        + $"head(COLLECT {{ MATCH (m:{Mark} {{key: $key}}) WHERE m.at >= $notBefore RETURN m.hash AS markHash LIMIT 1 }}) AS markHash",
        new Dictionary<string, object?> { ["key"] = key, ["notBefore"] = notBefore.ToUnixTimeMilliseconds() });

    /// <summary>Keeps the first response to the key: a later one for the same key finds it and changes nothing.</summary>
    public static CypherStatement Record(IdempotentResponse response) => new(
        $"MERGE (r:{Response} {{key: $key}}) "
        + "ON CREATE SET r.hash = $hash, r.status = $status, r.contentType = $contentType, r.body = $body, r.at = $at "
        + "RETURN count(*) AS rows",
        new Dictionary<string, object?>
        {
            ["key"] = response.Key,
            ["hash"] = Convert.ToBase64String(response.RequestHash),
            ["status"] = (long)response.StatusCode,
            ["contentType"] = response.ContentType,
            ["body"] = Convert.ToBase64String(response.Body),
            ["at"] = response.At.ToUnixTimeMilliseconds(),
        });

    /// <summary>The expired marks, then the expired responses, each at most <see cref="PurgeLimit"/> (a range seek on <c>at</c>).</summary>
    public static IReadOnlyList<CypherStatement> Purge(DateTimeOffset notBefore) =>
        [.. new[] { Mark, Response }.Select(label => new CypherStatement(
            $"MATCH (x:{label}) WHERE x.at < $notBefore WITH x LIMIT $limit DELETE x RETURN count(*) AS deleted",
            new Dictionary<string, object?> { ["notBefore"] = notBefore.ToUnixTimeMilliseconds(), ["limit"] = PurgeLimit }))];
}
