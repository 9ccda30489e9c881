using CoopGraph.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace CoopGraph.Host.Http;

/// <summary>
/// Credentials that were sent but not accepted (an unknown API key, an expired or foreign token) refuse the request
/// whatever it asks, so a client with a broken key is told so instead of being served as anonymous.
/// </summary>
internal static class CredentialsCheck
{
    /// <summary>The refusal, or null when the request sent no credentials or good ones.</summary>
    public static async ValueTask<RequestError?> RefusalAsync(HttpContext context)
    {
        // The authentication middleware keeps only a success; a handler's result is cached per request, so asking again is cheap.
        var result = await context.AuthenticateAsync();
        return result.Failure is { } failure ? RequestError.Unauthenticated(MessageFor(failure)) : null;
    }

    /// <summary>A message of our own: the token library's text carries internal codes and, at times, details of the configuration.</summary>
    private static string MessageFor(Exception failure) => failure switch
    {
        CredentialsRefusedException => failure.Message,
        SecurityTokenExpiredException => "The bearer token has expired.",
        SecurityTokenNotYetValidException => "The bearer token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The bearer token is not meant for this server (its audience).",
        SecurityTokenInvalidIssuerException => "The bearer token is not from the issuer this server trusts.",
        _ => "The bearer token was refused: it is malformed, or its signature does not verify.",
    };
}
