using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CoopGraph.GraphQL.Security;

/// <summary>A mutation over its caller's budget; a transport tells the client when to try again (HTTP: <c>Retry-After</c>).</summary>
public sealed class RateLimitedError : ValidationError
{
    public RateLimitedError(ROM source, ASTNode operation, TimeSpan retryAfter)
        : base(source, null, $"Too many mutations; try again in {SecondsOf(retryAfter)} s (limit CoopGraph:Auth:RateLimit:PermitsPerWindow).", operation)
    {
        Code = AccessErrorCodes.RateLimited;
        RetryAfterSeconds = SecondsOf(retryAfter);
    }

    /// <summary>Whole seconds, rounded up and at least 1, as <c>Retry-After</c> takes them.</summary>
    public int RetryAfterSeconds { get; }

    private static int SecondsOf(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
