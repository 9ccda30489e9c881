namespace CoopGraph.Host.Health;

/// <summary>Whether the server can answer GraphQL requests yet (the store is loaded and seeded).</summary>
internal interface IServiceReadiness
{
    bool IsReady { get; }

    /// <summary>Why the server is not ready, for the 503 answer and <c>/readyz</c>.</summary>
    string Status { get; }
}
