namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// A request sent with an <c>Idempotency-Key</c>, as the transport hands it to execution (user context
/// <see cref="UserContextKey"/>): each mutation field's batch carries a mark of the key, so a retry finds what the
/// first attempt wrote. The strategy sets <see cref="Wrote"/> once a field reached the store.
/// </summary>
public sealed class IdempotentRequest(string key, byte[] requestHash, DateTimeOffset notBefore)
{
    public const string UserContextKey = "coopgraph.idempotency";

    public string Key { get; } = key;

    public byte[] RequestHash { get; } = requestHash;

    /// <summary>The start of the retention window: marks stored before it have expired.</summary>
    public DateTimeOffset NotBefore { get; } = notBefore;

    public bool Wrote { get; set; }
}
