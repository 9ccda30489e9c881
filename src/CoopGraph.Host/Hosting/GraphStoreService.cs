using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Health;
using CoopGraph.Planning;
using CoopGraph.Storage;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Hosting;

/// <summary>
/// Owns the server's store: opens it (the embedded store loads its SQLite file into memory), seeds it when it is
/// empty, and says when it is ready. It is disposed with the service provider, which happens after the web server
/// has stopped and its in-flight requests have finished, so no request sees a closed store.
/// </summary>
internal sealed partial class GraphStoreService(
    GraphModel model,
    IOptions<CoopGraphOptions> options,
    StoreSeeding seeding,
    ILogger<GraphStoreService> logger) : IServiceReadiness, IAsyncDisposable
{
    private readonly TaskCompletionSource<OpenStore> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _status = "starting";
    private volatile bool _ready;

    public bool IsReady => _ready;

    public string Status => _status;

    /// <summary>The open store; it is not seeded yet while <see cref="IsReady"/> is false.</summary>
    public IGraphStore Store => Opened.Store;

    public IPlanExecutor Executor => Opened.Executor;

    private OpenStore Opened => _opened.Task.IsCompletedSuccessfully
        ? _opened.Task.Result
        : throw new InvalidOperationException("The store is not open yet: " + _status);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            _status = "opening the store";
            var started = TimeProvider.System.GetTimestamp();
            var opened = await GraphStoreFactory.OpenAsync(model, options.Value, cancellationToken);
            _opened.SetResult(opened);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            logger.StoreOpened(options.Value.Store, options.Value.DataPath, elapsed.TotalMilliseconds);

            _status = "seeding the store";
            await seeding.SeedIfEmptyAsync(opened.Store, cancellationToken);
            _status = "ready";
            _ready = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _status = "the store failed to load: " + e.Message;
            _opened.TrySetException(e);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _ready = false;
        _status = "stopped";
        if (_opened.Task.IsCompletedSuccessfully)
        {
            await _opened.Task.Result.Store.DisposeAsync();
        }
    }
}
