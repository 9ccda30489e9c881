namespace CoopGraph.Host.Configuration;

/// <summary>
/// JWT bearer tokens (<c>CoopGraph:Auth:Jwt</c>): off while nothing here is set. When on, <see cref="Issuer"/> and
/// <see cref="Audience"/> are required, with either a <see cref="SigningKey"/> (HS256) or an <see cref="Authority"/>
/// whose OpenID Connect metadata publishes the signing keys.
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The token's <c>iss</c> must be exactly this.</summary>
    public string? Issuer { get; set; }

    /// <summary>The token's <c>aud</c> must contain this.</summary>
    public string? Audience { get; set; }

    /// <summary>A symmetric key, base64, of at least 32 bytes (<c>openssl rand -base64 32</c>); tokens are signed with HMAC-SHA256.</summary>
    public string? SigningKey { get; set; }

    /// <summary>An <c>https</c> address of an OpenID Connect issuer; its <c>/.well-known/openid-configuration</c> gives the keys.</summary>
    public Uri? Authority { get; set; }

    /// <summary>Whether any JWT setting is given, which turns bearer tokens on.</summary>
    public bool IsConfigured => Issuer is { Length: > 0 } || Audience is { Length: > 0 } || SigningKey is { Length: > 0 } || Authority is not null;
}
