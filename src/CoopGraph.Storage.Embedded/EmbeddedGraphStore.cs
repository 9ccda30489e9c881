using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Embedded.Execution;
using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Embedded.Persistence;

namespace CoopGraph.Storage.Embedded;

/// <summary>
/// The embedded graph store: the whole graph in memory for reads (lock-free, versioned
/// snapshots), SQLite as the durable record of every committed batch. One writer at a time;
/// readers never wait for it and never see half a batch.
/// </summary>
public sealed partial class EmbeddedGraphStore : IGraphBackend, IIdempotencyStore
{
    private readonly GraphMemory _memory;
    private readonly SqliteGraphFile _file;
    private readonly SourceListInterner _interner = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _disposed;

    private readonly DataFileLock? _lock;

    private EmbeddedGraphStore(GraphModel model, SqliteGraphFile file, DataFileLock? fileLock, string dataPath)
    {
        _memory = new GraphMemory(model);
        _file = file;
        _lock = fileLock;
        Location = dataPath;
        _executor = new EmbeddedPlanExecutor(this);
    }

    public GraphModel Model => _memory.Model;

    internal GraphMemory Memory => _memory;

    /// <summary>The latest committed version; each batch that changes something adds one.</summary>
    public long Version => _memory.Gate.Current.Version;

    /// <summary>
    /// Opens (or creates) the data file and loads it into memory. Unless read-only, the store holds the file's lock
    /// until it is disposed, so no other process writes the same file meanwhile.
    /// </summary>
    /// <exception cref="DataFileException">Another process holds the file, or the file is empty or unreadable.</exception>
    public static Task<EmbeddedGraphStore> OpenAsync(GraphModel model, EmbeddedStoreOptions options, CancellationToken ct = default) =>
        Task.Run(
            () =>
            {
                var fileLock = options.ReadOnly || options.DataPath == ":memory:" ? null : DataFileLock.Acquire(options.DataPath);
                SqliteGraphFile? file = null;
                try
                {
                    file = SqliteGraphFile.Open(model, options);
                    var store = new EmbeddedGraphStore(model, file, fileLock, options.DataPath);
                    file.Load(store._memory, store._interner);
                    return store;
                }
                catch
                {
                    file?.Dispose();
                    fileLock?.Dispose();
                    throw;
                }
            },
            ct);

    /// <summary>A consistent view of the latest version; dispose it when the request is done.</summary>
    public GraphSnapshot OpenSnapshot()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new GraphSnapshot(_memory);
    }

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => Task.FromResult(_memory.Gate.Current.NodeCount == 0);

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _writeLock.WaitAsync();
        try
        {
            _disposed = true;
            _file.Dispose();
            _lock?.Dispose();
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
