namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// How to reach Neo4j over its HTTP Query API. Bound from the configuration section
/// <see cref="SectionName"/>; the <c>COOPGRAPH_NEO4J_*</c> environment variables override it
/// (see <see cref="Neo4jConfigurationExtensions.GetNeo4jStoreOptions(Microsoft.Extensions.Configuration.IConfiguration)"/> and <see cref="FromEnvironment()"/>).
/// </summary>
public sealed partial class Neo4jStoreOptions
{
    public const string SectionName = "CoopGraph:Neo4j";

    /// <summary>The server's HTTP(S) address, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>An SSO/OIDC token sent as <c>Authorization: Bearer</c>; wins over <see cref="User"/>/<see cref="Password"/>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>
    /// The Query API docs disagree with themselves on whether a bearer token is sent as is or
    /// base64-encoded; servers seen so far take it as is, so this stays off unless a server asks for it.
    /// </summary>
    public bool EncodeBearerTokenAsBase64 { get; set; }

    /// <summary>Optional <c>Realm</c> header choosing an auth realm (e.g. LDAP).</summary>
    public string? Realm { get; set; }

    /// <summary>How long one HTTP request may take before it counts as Neo4j not answering.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a <c>Neo.TransientError.*</c> (deadlock, leader switch…); 0 turns retrying off.</summary>
    public int RetryCount { get; set; } = 3;

    /// <summary>The first retry delay; each further retry doubles it (exponential backoff).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Randomises the backoff so that replicas retrying the same conflict do not collide again.</summary>
    public bool RetryJitter { get; set; } = true;

    /// <summary>The most rows one query may return; a result past it is an error, never a silent cut.</summary>
    public int MaxRows { get; set; } = 10_000;

    /// <summary>Rows per statement when writing batches and reading the whole graph out.</summary>
    public int BatchSize { get; set; } = 1_000;
}
