using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Health;
using CoopGraph.Storage.Backends;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Hosting;

/// <summary>
/// Owns the server's store: opens the configured kind from the registry (the embedded store loads its SQLite file
/// into memory, Neo4j gets the model's constraints and indexes), seeds it when it is
/// empty, and says when it is ready. It is disposed with the service provider, which happens after the web server
/// has stopped and its in-flight requests have finished, so no request sees a closed store.
/// </summary>
internal sealed partial class GraphStoreService(
    GraphModel model,
    IOptions<CoopGraphOptions> options,
    StoreRegistry stores,
    IConfiguration configuration,
    StoreSeeding seeding,
    ILogger<GraphStoreService> logger) : IServiceReadiness, IAsyncDisposable
{
    private readonly TaskCompletionSource<IGraphBackend> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _status = "starting";
    private volatile bool _ready;

    public bool IsReady => _ready;

    public string Status => _status;

    /// <summary>Whether <see cref="Store"/> is there (opened and initialised), seeded or not.</summary>
    public bool IsOpen => _opened.Task.IsCompletedSuccessfully;

    /// <summary>The open store; it is not seeded yet while <see cref="IsReady"/> is false.</summary>
    public IGraphBackend Store => _opened.Task.IsCompletedSuccessfully
        ? _opened.Task.Result
        : throw new InvalidOperationException("The store is not open yet: " + _status);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            _status = "opening the store";
            var started = TimeProvider.System.GetTimestamp();
            var opened = await stores.OpenAsync(options.Value.Store, model, configuration, cancellationToken);
            _opened.SetResult(opened);
            var elapsed = TimeProvider.System.GetElapsedTime(started);
            logger.StoreOpened(options.Value.Store, opened.Location, elapsed.TotalMilliseconds);

            _status = "seeding the store";
            await seeding.SeedIfEmptyAsync(opened, cancellationToken);
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
            await _opened.Task.Result.DisposeAsync();
        }
    }
}
