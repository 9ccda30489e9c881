using CoopGraph.GraphQL.Security;
using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Security;

/// <summary>
/// The <c>CoopGraph:Auth</c> values that convert but cannot work together (the settings check has already refused
/// unknown keys and values of the wrong type), one line each, naming the setting and where it came from.
/// </summary>
internal static class AuthSettingsCheck
{
    private const string Section = CoopGraphOptions.SectionName + ":Auth";

    /// <summary>The smallest HMAC-SHA256 key that is as strong as the hash (RFC 7518 §3.2).</summary>
    public const int MinSigningKeyBytes = 32;

    public static List<string> Problems(IConfiguration configuration, AuthOptions auth)
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(auth.Reads))
        {
            problems.Add(Refused(configuration, "Reads", $"which is not one of {string.Join(", ", Enum.GetNames<ReadAccess>())}"));
        }

        CheckJwt(configuration, auth.Jwt, problems);
        if (auth.RateLimit.PermitsPerWindow < 0)
        {
            problems.Add(Refused(configuration, "RateLimit:PermitsPerWindow", "which is negative; 0 turns the limit off"));
        }

        if (auth.RateLimit.Window <= TimeSpan.Zero)
        {
            problems.Add(Refused(configuration, "RateLimit:Window", "which is not a positive duration such as 00:01:00"));
        }

        return problems;
    }

    private static void CheckJwt(IConfiguration configuration, JwtOptions jwt, List<string> problems)
    {
        if (!jwt.IsConfigured)
        {
            return;
        }

        foreach (var (name, value) in new[] { ("Issuer", jwt.Issuer), ("Audience", jwt.Audience) }.Where(s => string.IsNullOrWhiteSpace(s.Item2)))
        {
            problems.Add($"Setting {Section}:Jwt:{name} is missing; bearer tokens are checked against an issuer and an audience, so give both with the other Jwt settings.");
        }

        var hasKey = !string.IsNullOrEmpty(jwt.SigningKey);
        if (hasKey == (jwt.Authority is not null))
        {
            problems.Add($"Settings {Section}:Jwt need one of SigningKey (a base64 key of at least {MinSigningKeyBytes} bytes) or Authority (an OpenID Connect issuer's https address), not {(hasKey ? "both" : "neither")}.");
        }

        if (hasKey && SigningKeyBytes(jwt.SigningKey!) is not { Length: >= MinSigningKeyBytes })
        {
            // Like a hash, the key is not repeated in the message.
            problems.Add($"Setting {Section}:Jwt:SigningKey (from {SettingSources.Of(configuration, Section + ":Jwt:SigningKey")}) is not base64 of at least {MinSigningKeyBytes} bytes (openssl rand -base64 32 makes one).");
        }

        if (jwt.Authority is { } authority && (!authority.IsAbsoluteUri || authority.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add(Refused(configuration, "Jwt:Authority", "which is not an https address (its signing keys are fetched from there)"));
        }
    }

    /// <summary>The key's bytes, or null when it is not base64.</summary>
    public static byte[]? SigningKeyBytes(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var length) ? buffer[..length] : null;
    }

    private static string Refused(IConfiguration configuration, string name, string why)
    {
        var path = $"{Section}:{name}";
        return $"Setting {path} (from {SettingSources.Of(configuration, path)}) is '{configuration[path]}', {why}.";
    }
}
