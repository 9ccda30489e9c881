using System.Net;

namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// Turns what Neo4j said into the exception callers act on. Transient codes stay
/// <see cref="Neo4jException"/> whatever the HTTP status (they arrive as 400 too), so the retry sees them;
/// refused credentials, a missing database and server failures mean the store cannot be used.
/// </summary>
internal static class Neo4jErrors
{
    private static readonly HashSet<string> UnavailableCodes = new(StringComparer.Ordinal)
    {
        "Neo.ClientError.Security.Unauthorized",
        "Neo.ClientError.Security.TokenExpired",
        "Neo.ClientError.Security.AuthenticationRateLimit",
        "Neo.ClientError.Database.DatabaseNotFound",
    };

    public static Exception FromError(string code, string message, HttpStatusCode status)
    {
        if (code.StartsWith(Neo4jException.TransientPrefix, StringComparison.Ordinal))
        {
            return new Neo4jException(code, message, status);
        }

        var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            && !code.StartsWith("Neo.ClientError.Security.Forbidden", StringComparison.Ordinal);
        if (refused || UnavailableCodes.Contains(code))
        {
            return new StoreUnavailableException(Explain(code, message), code);
        }

        return (int)status >= 500
            ? new StoreUnavailableException($"Neo4j failed with HTTP {(int)status} ({code}: {message}).", code)
            : new Neo4jException(code, message, status);
    }

    /// <summary>For a body that is not the Query API's JSON (a proxy's error page, an empty 502).</summary>
    public static Exception FromStatus(HttpStatusCode status, Uri uri) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            new StoreUnavailableException($"Neo4j at {uri.GetLeftPart(UriPartial.Authority)} refused the credentials (HTTP {(int)status}); check CoopGraph:Neo4j:User/Password or the bearer token."),
        HttpStatusCode.NotFound =>
            new StoreUnavailableException($"{uri} is not a Neo4j Query API endpoint (HTTP 404); check the URL and that the server is Neo4j 5.26 or later."),
        _ when (int)status >= 500 =>
            new StoreUnavailableException($"Neo4j at {uri.GetLeftPart(UriPartial.Authority)} is failing (HTTP {(int)status})."),
        _ => new Neo4jProtocolException($"Neo4j at {uri} answered HTTP {(int)status} without the Query API's JSON body."),
    };

    private static string Explain(string code, string message) => code switch
    {
        "Neo.ClientError.Database.DatabaseNotFound" => $"Neo4j has no such database ({message}); check CoopGraph:Neo4j:Database.",
        _ => $"Neo4j refused the credentials ({code}: {message}); check CoopGraph:Neo4j:User/Password or the bearer token.",
    };
}
