namespace CoopGraph.GraphQL.Security;

/// <summary>The <c>extensions.code</c> values of the API contract for requests refused by who sent them.</summary>
public static class AccessErrorCodes
{
    /// <summary>No credentials where some are needed, or credentials that were not accepted (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>Signed in, without the role the operation needs (HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>Too many writes in the current window (HTTP 429 with <c>Retry-After</c>).</summary>
    public const string RateLimited = "RATE_LIMITED";
}
