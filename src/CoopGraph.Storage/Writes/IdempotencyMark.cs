namespace CoopGraph.Storage.Writes;

/// <summary>
/// Marks a batch as the write of one field of a request sent with an <c>Idempotency-Key</c>: the store keeps the mark
/// in the batch's own transaction, so a retry after a crash between commit and response finds the write done
/// (ALREADY_APPLIED) instead of writing it twice. <see cref="RequestHash"/> tells a retry from another request under
/// the same key (IDEMPOTENCY_KEY_REUSED).
/// </summary>
public sealed record IdempotencyMark(string Key, int Field, byte[] RequestHash)
{
    /// <summary>The start of the retention window: a mark stored before it has expired and counts as absent.</summary>
    public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.MinValue;
}
