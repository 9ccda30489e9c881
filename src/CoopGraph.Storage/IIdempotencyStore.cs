namespace CoopGraph.Storage;

/// <summary>
/// Keeps, durably and beside the graph, what safe retries need: the marks of written batches (see
/// <see cref="Writes.IdempotencyMark"/>, kept by the write itself) and the first response to each key.
/// Records older than the retention window are neither found nor kept.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>The key's record, or null when the store holds none younger than <paramref name="notBefore"/>.</summary>
    Task<IdempotencyRecord?> FindIdempotencyAsync(string key, DateTimeOffset notBefore, CancellationToken cancellationToken = default);

    /// <summary>Stores the first response to a key durably; records older than <paramref name="notBefore"/> may go at the same time.</summary>
    Task RecordResponseAsync(IdempotentResponse response, DateTimeOffset notBefore, CancellationToken cancellationToken = default);
}
