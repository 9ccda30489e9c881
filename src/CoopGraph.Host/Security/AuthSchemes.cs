namespace CoopGraph.Host.Security;

/// <summary>The authentication schemes of the server and how a request picks one.</summary>
internal static class AuthSchemes
{
    /// <summary>The default scheme: forwards to <see cref="ApiKey"/> or <see cref="Jwt"/> by the headers a request sends.</summary>
    public const string Credentials = "CoopGraph";

    public const string ApiKey = "ApiKey";

    public const string Jwt = "Bearer";

    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>An <c>X-Api-Key</c> header wins; a bearer token goes to JWT when JWT is configured (else the API key handler refuses it).</summary>
    public static string Select(HttpContext context, bool jwtConfigured) =>
        !context.Request.Headers.ContainsKey(ApiKeyHeader) && jwtConfigured && HasBearerToken(context.Request) ? Jwt : ApiKey;

    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The <c>WWW-Authenticate</c> value of a 401: the ways this server accepts credentials.</summary>
    public static string Challenge(bool jwtConfigured) =>
        jwtConfigured ? $"Bearer, ApiKey header=\"{ApiKeyHeader}\"" : $"ApiKey header=\"{ApiKeyHeader}\"";
}
