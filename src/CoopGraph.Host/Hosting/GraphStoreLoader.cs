namespace CoopGraph.Host.Hosting;

/// <summary>
/// Loads the store in the background, so the server listens at once and <c>/readyz</c> says 503 until the data is
/// there. A store that cannot load stops the server with a non-zero exit code rather than serving errors forever.
/// </summary>
internal sealed class GraphStoreLoader(GraphStoreService service, IHostApplicationLifetime lifetime, ILogger<GraphStoreLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await service.LoadAsync(stoppingToken);
            logger.Ready();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down while loading.
        }
        catch (Exception e) when (UserFacing.ExitCode(e) is not null)
        {
            logger.StoreRefused(e.Message);
            await StopServerAsync(stoppingToken);
        }
        catch (Exception e)
        {
            logger.StoreFailed(e);
            await StopServerAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Stops the server with a non-zero exit code, once it has started: a stop while Kestrel is still binding cancels
    /// the start, which then fails with an exception of its own that would hide the reason logged above.
    /// </summary>
    private async Task StopServerAsync(CancellationToken stoppingToken)
    {
        Environment.ExitCode = 1;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetResult()))
        {
            await started.Task;
        }

        lifetime.StopApplication();
    }
}
