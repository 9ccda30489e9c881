using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopGraph.Storage.Backends;

public static class StoreServiceCollectionExtensions
{
    /// <summary>Adds a store kind to the <see cref="StoreRegistry"/>; a store project's <c>AddXyzStore()</c> calls it.</summary>
    public static IServiceCollection AddStoreProvider(this IServiceCollection services, IStoreProvider provider)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStoreProvider>(provider));
        services.TryAddSingleton(sp => new StoreRegistry(sp.GetServices<IStoreProvider>()));
        return services;
    }
}
