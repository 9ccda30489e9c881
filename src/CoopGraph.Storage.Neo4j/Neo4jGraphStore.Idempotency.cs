using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Idempotency;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j;

/// <summary>Safe retries: the marks are kept by <see cref="WriteAsync"/> in each batch's transaction; the responses and the expiry here.</summary>
public sealed partial class Neo4jGraphStore : IIdempotencyStore
{
    public async Task<IdempotencyRecord?> FindIdempotencyAsync(string key, DateTimeOffset notBefore, CancellationToken cancellationToken = default)
    {
        var found = await Client.RunAsync(ResponseStatements.Find(key, notBefore), Neo4jAccessMode.Read, cancellationToken).ConfigureAwait(false);
        if (found.Value(0, "hash") is string hash)
        {
            var requestHash = Convert.FromBase64String(hash);
            var response = new IdempotentResponse(
                key,
                requestHash,
                Convert.ToInt32(found.Value(0, "status"), System.Globalization.CultureInfo.InvariantCulture),
                (string)found.Value(0, "contentType")!,
                Convert.FromBase64String((string)found.Value(0, "body")!),
                DateTimeOffset.FromUnixTimeMilliseconds((long)found.Value(0, "at")!));
            return new IdempotencyRecord(requestHash, response);
        }

        return found.Value(0, "markHash") is string markHash ? new IdempotencyRecord(Convert.FromBase64String(markHash), null) : null;
    }

    /// <summary>One transaction, as the embedded store does it: the expired records go first, so an expired response to the key gives way to this one.</summary>
    public Task RecordResponseAsync(IdempotentResponse response, DateTimeOffset notBefore, CancellationToken cancellationToken = default) =>
        Client.ExecuteInTransactionAsync(
            async (transaction, token) =>
            {
                foreach (var purge in ResponseStatements.Purge(notBefore))
                {
                    await transaction.RunAsync(purge, token).ConfigureAwait(false);
                }

                await transaction.CommitAsync(ResponseStatements.Record(response), token).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    /// <summary>
    /// The refusal of a batch whose mark lost the uniqueness race. Neo4j checks a unique value against a concurrent
    /// transaction by waiting for it, so the constraint failed only because another write of this field and key
    /// committed: its mark is read again, outside the failed transaction and from the server that refused the mark
    /// (write access), to tell a retry (ALREADY_APPLIED) from another request under the key (IDEMPOTENCY_KEY_REUSED).
    /// </summary>
    private async Task<GraphWriteException> MarkTakenAsync(IdempotencyMark mark, CancellationToken cancellationToken)
    {
        var stored = await Client.RunAsync(MarkStatements.Check(mark), Neo4jAccessMode.Write, cancellationToken).ConfigureAwait(false);
        return stored.Value(0, "hash") is string hash
            ? MarkStatements.Refusal(mark, hash)
            : new GraphWriteException([new WriteError(-1, "CONFLICT",
                $"A concurrent write of the request with Idempotency-Key '{mark.Key}' came first and is gone again; nothing was stored. Try again.")]);
    }
}
