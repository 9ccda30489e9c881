using System.Security.Claims;
using CoopGraph.GraphQL.Security;
using CoopGraph.Host.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CoopGraph.Host.Security;

/// <summary>JWT bearer tokens as <c>CoopGraph:Auth:Jwt</c> configures them.</summary>
internal static class JwtSetup
{
    public static AuthenticationBuilder AddCoopGraphJwt(this AuthenticationBuilder authentication, JwtOptions jwt) =>
        authentication.AddJwtBearer(AuthSchemes.Jwt, options =>
        {
            // Claims keep the names they were issued with: `roles` stays `roles`, `sub` stays `sub`.
            options.MapInboundClaims = false;
            if (jwt.Authority is { } authority)
            {
                options.Authority = authority.ToString();
            }

            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                ValidateIssuerSigningKey = true,
                IssuerSigningKey = jwt.SigningKey is { Length: > 0 } key ? new SymmetricSecurityKey(AuthSettingsCheck.SigningKeyBytes(key)) : null,
                NameClaimType = ClaimTypes.Name,
                RoleClaimType = Roles.ClaimType,
            };
            options.Events = new JwtBearerEvents { OnTokenValidated = context => NameTheCaller(context.Principal) };
        });

    /// <summary>Every principal carries <see cref="ClaimTypes.Name"/>, as an API key's does: the token's <c>name</c>, else its <c>sub</c>.</summary>
    private static Task NameTheCaller(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is ClaimsIdentity identity && identity.FindFirst(ClaimTypes.Name) is null
            && (identity.FindFirst("name") ?? identity.FindFirst("sub")) is { } name)
        {
            identity.AddClaim(new Claim(ClaimTypes.Name, name.Value));
        }

        return Task.CompletedTask;
    }
}
