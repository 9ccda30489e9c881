namespace CoopGraph.Host.Configuration;

/// <summary>
/// How many mutations each caller may start per window (<c>CoopGraph:Auth:RateLimit</c>), counted per API key or token
/// name (else per client address); one more is refused with <c>RATE_LIMITED</c> (HTTP 429, <c>Retry-After</c>). Reads are not limited here.
/// </summary>
public sealed class RateLimitOptions
{
    public const int DefaultPermitsPerWindow = 600;

    /// <summary>Mutations per caller per window; 0 turns the limit off. Default: <see cref="DefaultPermitsPerWindow"/>.</summary>
    public int PermitsPerWindow { get; set; } = DefaultPermitsPerWindow;

    /// <summary>The length of a window; a fixed window, so a caller's budget is whole again when it turns. Default: one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
