using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopGraph.Host.Health;

/// <summary>Healthy once the readiness source says so; a host without one (nothing to load) is ready at once.</summary>
internal sealed class ReadinessHealthCheck(IServiceProvider services) : IHealthCheck
{
    private readonly IServiceReadiness? _readiness = services.GetService<IServiceReadiness>();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_readiness is null || _readiness.IsReady
            ? HealthCheckResult.Healthy(_readiness?.Status ?? "ready")
            : HealthCheckResult.Unhealthy(_readiness.Status));
}
