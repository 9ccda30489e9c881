namespace CoopGraph.Storage;

/// <summary>The first response to a request sent with an <c>Idempotency-Key</c>, kept to answer its retries.</summary>
public sealed record IdempotentResponse(string Key, byte[] RequestHash, int StatusCode, string ContentType, byte[] Body, DateTimeOffset At);
