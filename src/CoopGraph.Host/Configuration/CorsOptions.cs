namespace CoopGraph.Host.Configuration;

/// <summary>Cross-origin access to the GraphQL endpoint (<c>CoopGraph:Cors</c>).</summary>
public sealed class CorsOptions
{
    /// <summary>Origins allowed to call the API from a browser; <c>*</c> allows any. Default: none, so CORS is off.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Whether cookies and authorization headers may be sent cross-origin (never with <c>*</c>). Default: false.</summary>
    public bool AllowCredentials { get; set; }

    /// <summary>How long a browser may cache a preflight answer. Default: 10 minutes.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
