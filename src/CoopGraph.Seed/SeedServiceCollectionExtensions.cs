using CoopGraph.Seed;

namespace Microsoft.Extensions.DependencyInjection;

public static class SeedServiceCollectionExtensions
{
    /// <summary>Registers <see cref="SeedImporter"/> and <see cref="SeedExporter"/>; they need an <c>IGraphStore</c> and logging registered too.</summary>
    public static IServiceCollection AddCoopGraphSeed(this IServiceCollection services)
    {
        services.AddTransient<SeedImporter>();
        services.AddTransient<SeedExporter>();
        return services;
    }
}
