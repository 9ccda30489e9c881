using System.Security.Claims;
using System.Text.Encodings.Web;
using CoopGraph.GraphQL.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Security;

/// <summary>
/// Signs a request in by its <c>X-Api-Key</c> header. No header: anonymous. A key that is not configured: refused, not
/// anonymous, so a mistyped or revoked key is noticed rather than silently reading as nobody.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyChecker checker)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var values))
        {
            // The scheme selector sends bearer tokens here only when JWT is off.
            return Task.FromResult(AuthSchemes.HasBearerToken(Request)
                ? Refuse("This server accepts no bearer tokens (CoopGraph:Auth:Jwt is not configured); send an API key in X-Api-Key.")
                : AuthenticateResult.NoResult());
        }

        if (values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(Refuse("Send exactly one API key in the X-Api-Key header."));
        }

        if (checker.Find(values[0]!) is not { } key)
        {
            return Task.FromResult(Refuse("The API key in X-Api-Key is not known to this server."));
        }

        var claims = key.Roles.Select(role => new Claim(Roles.ClaimType, role)).Prepend(new Claim(ClaimTypes.Name, key.Name));
        var identity = new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, Roles.ClaimType);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    private static AuthenticateResult Refuse(string message) => AuthenticateResult.Fail(new CredentialsRefusedException(message));
}
