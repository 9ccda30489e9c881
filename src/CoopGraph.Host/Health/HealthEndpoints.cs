using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoopGraph.Host.Health;

internal static class HealthEndpoints
{
    public static IHostApplicationBuilder AddHealthEndpoints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary><c>/healthz</c>: the process answers (no checks). <c>/readyz</c>: 503 until the store is loaded and seeded, then 200.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.Map("/readyz", ReadinessEndpoint.WriteAsync);
        return endpoints;
    }
}
