namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Publishes versions and tracks which ones readers still hold.
/// Why pruning is race-free: a reader reads the current version and registers it in one step
/// under <see cref="_gate"/>, and the writer reads the registrations and the current version
/// under the same lock. A reader registered before that moment is counted; one registering
/// after it gets a version at least the current one, which is not older than the oldest the
/// writer computed. So no reader can ever need a record older than what the writer keeps.
/// </summary>
internal sealed class VersionGate
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _readers = [];
    private StoreState _current;

    public VersionGate(StoreState initial) => _current = initial;

    /// <summary>The latest published state; the writer's view.</summary>
    public StoreState Current => Volatile.Read(ref _current);

    public void Publish(StoreState state)
    {
        lock (_gate)
        {
            _current = state;
        }
    }

    public StoreState Enter()
    {
        lock (_gate)
        {
            var state = _current;
            _readers[state.Version] = _readers.GetValueOrDefault(state.Version) + 1;
            return state;
        }
    }

    public void Exit(long version)
    {
        lock (_gate)
        {
            var count = _readers[version] - 1;
            if (count == 0)
            {
                _readers.Remove(version);
            }
            else
            {
                _readers[version] = count;
            }
        }
    }

    /// <summary>The oldest version any present or future reader can ask for.</summary>
    public long OldestNeeded()
    {
        lock (_gate)
        {
            var oldest = _current.Version;
            foreach (var version in _readers.Keys)
            {
                oldest = Math.Min(oldest, version);
            }

            return oldest;
        }
    }

    public int ActiveReaders
    {
        get
        {
            lock (_gate)
            {
                return _readers.Values.Sum();
            }
        }
    }
}
