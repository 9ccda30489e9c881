using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Idempotency;

/// <summary>
/// The statements that keep a batch's <see cref="IdempotencyMark"/> in the batch's own transaction: the check before
/// the facts are read, and the mark written with what the batch changes. The hash travels as base64, a string that
/// every Neo4j version compares and returns as it was written.
/// </summary>
internal static class MarkStatements
{
    private static readonly string Label = CypherNames.Escape(StoredNames.MarkLabel);

    /// <summary>One row: the hash stored for the mark's field and key inside the retention window, null when none is.</summary>
    public static CypherStatement Check(IdempotencyMark mark) => new(
        $"OPTIONAL MATCH (m:{Label} {{{CypherNames.Escape(StoredNames.MarkSlot)}: $slot}}) WHERE m.at >= $notBefore RETURN m.hash AS hash",
        new Dictionary<string, object?> { ["slot"] = Slot(mark), ["notBefore"] = mark.NotBefore.ToUnixTimeMilliseconds() });

    /// <summary>
    /// Creates the mark; one row. <c>CREATE</c>, not <c>MERGE</c>: a concurrent write of the same field and key that
    /// committed first makes it fail on the uniqueness constraint instead of finding that mark.
    /// </summary>
    /// <remarks>An expired mark of the same field and key (purges run only as responses are kept) is deleted first.</remarks>
    public static CypherStatement Write(IdempotencyMark mark, DateTimeOffset at) => new(
        $"UNWIND $rows AS row OPTIONAL MATCH (old:{Label} {{{CypherNames.Escape(StoredNames.MarkSlot)}: row.{CypherNames.Escape(StoredNames.MarkSlot)}}}) WHERE old.at < $notBefore "
        + $"DELETE old WITH row CREATE (m:{Label}) SET m = row RETURN count(*) AS rows",
        new Dictionary<string, object?>
        {
            ["notBefore"] = mark.NotBefore.ToUnixTimeMilliseconds(),
            ["rows"] = new object?[]
            {
                new Dictionary<string, object?>
                {
                    [StoredNames.MarkSlot] = Slot(mark),
                    ["key"] = mark.Key,
                    ["field"] = (long)mark.Field,
                    ["hash"] = Convert.ToBase64String(mark.RequestHash),
                    ["at"] = at.ToUnixTimeMilliseconds(),
                },
            },
        });

    /// <summary>The refusal of a batch whose field and key are stored with <paramref name="storedHash"/> (base64).</summary>
    public static GraphWriteException Refusal(IdempotencyMark mark, string storedHash) =>
        storedHash == Convert.ToBase64String(mark.RequestHash)
            ? new GraphWriteException([new WriteError(0, IdempotencyCodes.AlreadyApplied, $"This write of the request with Idempotency-Key '{mark.Key}' is already stored.")])
            : new GraphWriteException([new WriteError(0, IdempotencyCodes.KeyReused, $"The Idempotency-Key '{mark.Key}' was used with another request.")]);

    private static string Slot(IdempotencyMark mark) => FormattableString.Invariant($"{mark.Field}:{mark.Key}");
}
