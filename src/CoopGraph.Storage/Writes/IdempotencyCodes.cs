namespace CoopGraph.Storage.Writes;

/// <summary>The refusals of a batch carrying an <see cref="IdempotencyMark"/>.</summary>
public static class IdempotencyCodes
{
    /// <summary>The batch was written before under the same key, field and request: a retry, to be answered as done.</summary>
    public const string AlreadyApplied = "ALREADY_APPLIED";

    /// <summary>The key was written with another request.</summary>
    public const string KeyReused = "IDEMPOTENCY_KEY_REUSED";
}
