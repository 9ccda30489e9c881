using CoopGraph.Storage.Backends;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Storage.Neo4j;

public static class Neo4jStoreServiceCollectionExtensions
{
    /// <summary>Registers the Neo4j store (<c>CoopGraph:Store=Neo4j</c>) with the <see cref="StoreRegistry"/>.</summary>
    public static IServiceCollection AddNeo4jStore(this IServiceCollection services) =>
        services.AddStoreProvider(new Neo4jStoreProvider());
}
