namespace CoopGraph.Host.Http;

/// <summary>The <c>extensions.code</c> values of the API contract that the transport itself produces.</summary>
internal static class ErrorCodes
{
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Internal = "INTERNAL";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
}
