using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Hosting;

/// <summary>
/// The stores this build carries. Each store project registers itself; a new store (say PostgreSQL) is its own
/// project and one more call here, and the settings check, the server and the tools all know it.
/// </summary>
internal static class BuiltInStores
{
    public static IServiceCollection AddBuiltInStores(this IServiceCollection services) =>
        services.AddEmbeddedStore().AddNeo4jStore();

    /// <summary>
    /// The same registrations outside a service provider, for what runs before one is built (the settings check) or
    /// without one (the tools). The providers hold no state, so one registry serves the whole process.
    /// </summary>
    public static StoreRegistry Registry { get; } = CreateRegistry();

    private static StoreRegistry CreateRegistry()
    {
        using var services = new ServiceCollection().AddBuiltInStores().BuildServiceProvider();
        return services.GetRequiredService<StoreRegistry>();
    }
}
