using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoopGraph.Host.Health;

internal static class HealthEndpoints
{
    public static IHostApplicationBuilder AddHealthEndpoints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [StoreHealthCheck.Tag]);
        return builder;
    }

    /// <summary>
    /// <c>/healthz</c>: the process answers (no checks). <c>/readyz</c>: 503 until the store is loaded and seeded, then 200.
    /// <c>/healthz/store</c>: the store's own probe, 200 while it answers, 503 when it does not (or is not open yet).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/healthz/store", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StoreHealthCheck.Tag) });
        endpoints.Map("/readyz", ReadinessEndpoint.WriteAsync);
        return endpoints;
    }
}
