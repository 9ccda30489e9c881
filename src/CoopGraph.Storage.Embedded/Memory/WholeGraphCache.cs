namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Results of whole-graph computations (rankings, timeline indexes) for the newest graph version,
/// by what they were computed from. A result depends on nothing but its version and its key, and a
/// write publishes a new version, so nothing is ever invalidated: the first request of a newer
/// version drops every entry of the older one, and an older snapshot still being read computes
/// for itself without caching. Within a version at most the caller's capacity is kept, the least
/// recently used dropped first.
/// <para>
/// Identical requests that arrive together compute once: the first computes, under its own
/// cancellation; the others wait for it. When the first is cancelled or fails, its entry is
/// removed, and a waiter whose own request is still live computes in its place.
/// </para>
/// </summary>
internal sealed class WholeGraphCache
{
    private readonly Lock _lock = new();

    // Most recently used first; a handful of entries, so a list is as quick as anything.
    private readonly List<Entry> _entries = [];
    private long _version = -1;

    /// <summary>The result for (<paramref name="version"/>, <paramref name="key"/>), computed by <paramref name="compute"/> when no one has.</summary>
    public T GetOrCompute<T>(long version, object key, int capacity, Func<T> compute, CancellationToken cancellationToken)
        where T : class
    {
        while (true)
        {
            var (entry, owner) = Claim(version, key, capacity);
            if (entry is null)
            {
                return compute();
            }

            if (owner)
            {
                return (T)Compute(entry, compute);
            }

            try
            {
                return (T)entry.Result.Task.WaitAsync(cancellationToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The request computing it was cancelled, not this one: try again (it has left the cache).
            }
        }
    }

    /// <summary>True when the result for (<paramref name="version"/>, <paramref name="key"/>) is computed and kept.</summary>
    public bool Holds(long version, object key)
    {
        lock (_lock)
        {
            return version == _version && _entries.Find(e => e.Key.Equals(key)) is { Result.Task.IsCompletedSuccessfully: true };
        }
    }

    /// <summary>The entry to compute or wait for, or null when this version is not to be cached.</summary>
    private (Entry? Entry, bool Owner) Claim(long version, object key, int capacity)
    {
        lock (_lock)
        {
            if (capacity <= 0 || version < _version)
            {
                return (null, false);
            }

            if (version > _version)
            {
                _version = version;
                _entries.Clear();
            }

            var index = _entries.FindIndex(e => e.Key.Equals(key));
            if (index >= 0)
            {
                var found = _entries[index];
                _entries.RemoveAt(index);
                _entries.Insert(0, found);
                return (found, false);
            }

            var entry = new Entry(key);
            _entries.Insert(0, entry);
            if (_entries.Count > capacity)
            {
                _entries.RemoveRange(capacity, _entries.Count - capacity);
            }

            return (entry, true);
        }
    }

    private object Compute<T>(Entry entry, Func<T> compute)
        where T : class
    {
        try
        {
            var result = compute();
            entry.Result.SetResult(result);
            return result;
        }
        catch (Exception e)
        {
            // Out of the cache before the waiters hear of it, so that a retry computes afresh.
            lock (_lock)
            {
                _entries.Remove(entry);
            }

            entry.Result.SetException(e);
            throw;
        }
    }

    private sealed class Entry(object key)
    {
        public object Key { get; } = key;

        public TaskCompletionSource<object> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
