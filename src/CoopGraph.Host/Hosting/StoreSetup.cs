using CoopGraph.Host.Configuration;
using CoopGraph.Host.Health;
using CoopGraph.Planning;
using CoopGraph.Storage;
using CoopGraph.Storage.Backends;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Hosting;

internal static class StoreSetup
{
    /// <summary>
    /// The model (compiled from the type definitions), the built-in stores, the configured one opened and seeded in the
    /// background, and readiness. <see cref="IGraphBackend"/> (and its parts <see cref="IGraphStore"/> and
    /// <see cref="IPlanExecutor"/>) resolve once the store is open; before that, requests get 503 from the transport.
    /// </summary>
    public static IHostApplicationBuilder AddGraphStore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBuiltInStores();
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddSingleton(sp => GraphModelLoader.Load(sp.GetRequiredService<IOptions<CoopGraphOptions>>().Value, contentRoot));
        builder.Services.AddSingleton<StoreSeeding>();
        builder.Services.AddSingleton<GraphStoreService>();
        builder.Services.AddSingleton<IServiceReadiness>(sp => sp.GetRequiredService<GraphStoreService>());
        builder.Services.AddHostedService<GraphStoreLoader>();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<GraphStoreService>().Store);
        builder.Services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<IGraphBackend>());
        builder.Services.AddSingleton<IPlanExecutor>(sp => sp.GetRequiredService<IGraphBackend>());
        return builder;
    }
}
