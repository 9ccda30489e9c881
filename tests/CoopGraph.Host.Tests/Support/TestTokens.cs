using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopGraph.Host.Tests.Support;

/// <summary>JWTs as an identity provider would issue them, good by default and spoilt one claim at a time.</summary>
internal static class TestTokens
{
    /// <param name="roles">The <c>roles</c> claim: none, one value, or a JSON array of several.</param>
    /// <param name="expiresIn">Negative for a token that expired that long ago.</param>
    public static string Create(
        string[]? roles = null,
        string subject = "user-42",
        string? name = null,
        string issuer = TestCredentials.Issuer,
        string audience = TestCredentials.Audience,
        TimeSpan? expiresIn = null,
        string? signingKey = null)
    {
        var expires = DateTime.UtcNow + (expiresIn ?? TimeSpan.FromHours(1));
        var claims = new Dictionary<string, object> { ["sub"] = subject };
        if (name is not null)
        {
            claims["name"] = name;
        }

        if (roles is { Length: 1 })
        {
            claims["roles"] = roles[0];
        }
        else if (roles is { Length: > 1 })
        {
            claims["roles"] = roles;
        }

        var key = new SymmetricSecurityKey(Convert.FromBase64String(signingKey ?? TestCredentials.SigningKey));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = expires - TimeSpan.FromHours(2),
            NotBefore = expires - TimeSpan.FromHours(2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A key other than the server's, for a token whose signature does not verify.</summary>
    public static readonly string ForeignKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("somebody else's key of 32 bytes!"));
}
