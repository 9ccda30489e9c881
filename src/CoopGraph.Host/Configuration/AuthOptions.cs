using CoopGraph.GraphQL.Security;

namespace CoopGraph.Host.Configuration;

/// <summary>
/// Who may read and write (<c>CoopGraph:Auth</c>). Reads are open unless <see cref="Reads"/> says otherwise; mutations
/// need the <c>editor</c> role, given by an API key (<c>X-Api-Key</c>) or a JWT bearer token's <c>roles</c> claim.
/// </summary>
public sealed class AuthOptions
{
    public const string DefaultKeysFile = "coopgraph.keys.json";

    /// <summary><c>Anonymous</c>: anyone may query; <c>Reader</c>: queries need the <c>reader</c> or <c>editor</c> role. Default: Anonymous.</summary>
    public ReadAccess Reads { get; set; } = ReadAccess.Anonymous;

    /// <summary>API keys, as their hashes. Default: none (keys usually live in <see cref="KeysFile"/>, written by <c>coopgraph keys add</c>).</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>
    /// The file <c>coopgraph keys add</c> writes key hashes to and the server reads them from, relative to the working
    /// folder; a missing file holds no keys. Default: <see cref="DefaultKeysFile"/>.
    /// </summary>
    public string KeysFile { get; set; } = DefaultKeysFile;

    public JwtOptions Jwt { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();
}
