using CoopGraph.GraphQL.Security;
using CoopGraph.Host.Configuration;
using Microsoft.AspNetCore.Authentication;

namespace CoopGraph.Host.Security;

/// <summary>
/// Who a request is (API key or JWT bearer token, <c>CoopGraph:Auth</c>) and what it may do: the GraphQL layer's
/// <see cref="OperationAccessRule"/> decides per operation, with the write budget of <see cref="WriteRateLimiter"/>.
/// </summary>
internal static class AuthSetup
{
    /// <exception cref="InvalidSettingsException">An auth setting cannot work (a malformed hash, JWT settings that do not fit together).</exception>
    public static IHostApplicationBuilder AddCoopGraphAuth(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(CoopGraphOptions.SectionName).Get<CoopGraphOptions>()?.Auth ?? new AuthOptions();
        var problems = AuthSettingsCheck.Problems(builder.Configuration, auth);
        var keys = ApiKeyCatalog.Load(builder.Configuration, auth, problems);
        if (problems.Count > 0)
        {
            throw new InvalidSettingsException(problems);
        }

        var jwtConfigured = auth.Jwt.IsConfigured;
        builder.Services.AddSingleton(new ApiKeyChecker(keys));
        builder.Services.AddSingleton(new AuthChallenge(AuthSchemes.Challenge(jwtConfigured)));
        builder.Services.AddSingleton(new OperationAccess(auth.Reads));
        builder.Services.AddSingleton(_ => new WriteRateLimiter(auth.RateLimit.PermitsPerWindow, auth.RateLimit.Window));
        builder.Services.AddSingleton<OperationAccessRule>();

        var authentication = builder.Services.AddAuthentication(AuthSchemes.Credentials)
            .AddPolicyScheme(AuthSchemes.Credentials, "API key or bearer token", o => o.ForwardDefaultSelector = context => AuthSchemes.Select(context, jwtConfigured))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        if (jwtConfigured)
        {
            authentication.AddCoopGraphJwt(auth.Jwt);
        }

        return builder;
    }

    /// <summary>
    /// Authenticates every request up front; nothing is refused here. The transport refuses credentials that were sent
    /// but not accepted, and the GraphQL layer decides what the caller may run.
    /// </summary>
    public static IApplicationBuilder UseCoopGraphAuth(this IApplicationBuilder app) => app.UseAuthentication();
}
