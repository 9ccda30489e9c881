namespace CoopGraph.Host.Health;

/// <summary>
/// <c>/readyz</c>: 200 once the store is loaded and seeded, 503 with what the server is doing until then. It is not a
/// health check: the health-check service logs every unhealthy result as an error, yet a server still loading is not
/// failing, and an orchestrator probing it several times a second would fill the log with <c>fail:</c> lines. The
/// loading itself logs its steps once each (store opened, seeded, ready, or failed).
/// </summary>
internal static class ReadinessEndpoint
{
    public static Task WriteAsync(HttpContext context)
    {
        var readiness = context.RequestServices.GetService<IServiceReadiness>();

        // A host without a readiness source has nothing to load.
        var ready = readiness is null || readiness.IsReady;
        var response = context.Response;
        response.StatusCode = ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        response.Headers.CacheControl = "no-store, no-cache";
        if (!ready)
        {
            response.Headers.RetryAfter = "5";
        }

        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(readiness?.Status ?? "ready");
    }
}
