using CoopGraph.Host.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopGraph.Host.Health;

/// <summary>
/// <c>/healthz/store</c>: whether the store answers now (Neo4j: a round trip), through the store contract's probe.
/// Unlike <c>/readyz</c> it asks the store each time, so it is for an operator or a slow probe, not a load balancer.
/// </summary>
internal sealed class StoreHealthCheck(GraphStoreService service) : IHealthCheck
{
    public const string Tag = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!service.IsOpen)
        {
            return HealthCheckResult.Unhealthy("The store is not open yet: " + service.Status);
        }

        var health = await service.Store.CheckHealthAsync(cancellationToken);
        return health.IsHealthy ? HealthCheckResult.Healthy(health.Description) : HealthCheckResult.Unhealthy(health.Description);
    }
}
