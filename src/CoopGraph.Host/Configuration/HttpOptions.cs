namespace CoopGraph.Host.Configuration;

/// <summary>GraphQL over HTTP transport settings (<c>CoopGraph:Http</c>).</summary>
public sealed class HttpOptions
{
    public const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The path of the GraphQL endpoint. Default: <c>/graphql</c>.</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Larger POST bodies are refused with 413. Default: 1 MiB.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>
    /// How long the first response to a request with an <c>Idempotency-Key</c> answers its retries (and the key stays
    /// bound to that request); kept durably in the store. Default: 24 hours.
    /// </summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);
}
