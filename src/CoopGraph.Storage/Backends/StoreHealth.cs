namespace CoopGraph.Storage.Backends;

/// <summary>What a store's health probe found, in words an operator can act on.</summary>
public sealed record StoreHealth(bool IsHealthy, string Description)
{
    public static StoreHealth Healthy(string description) => new(true, description);

    public static StoreHealth Unhealthy(string description) => new(false, description);
}
