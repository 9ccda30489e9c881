using CoopGraph.Storage.Backends;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Storage.Embedded;

public static class EmbeddedStoreServiceCollectionExtensions
{
    /// <summary>Registers the embedded store (<c>CoopGraph:Store=Embedded</c>) with the <see cref="StoreRegistry"/>.</summary>
    public static IServiceCollection AddEmbeddedStore(this IServiceCollection services) =>
        services.AddStoreProvider(new EmbeddedStoreProvider());
}
