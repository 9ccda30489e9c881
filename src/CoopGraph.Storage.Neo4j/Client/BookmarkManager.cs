namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// Causal consistency for this process: every request waits for the latest known writes. After a
/// write, the bookmarks it was sent with are replaced by the ones it returned, so concurrent writes
/// each leave theirs and a later read waits for all of them. Other processes (replicas) do not see
/// these bookmarks; a read there is only as fresh as the member it lands on.
/// </summary>
internal sealed class BookmarkManager
{
    private readonly Lock _gate = new();
    private HashSet<string> _bookmarks = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Current
    {
        get
        {
            lock (_gate)
            {
                return _bookmarks.ToArray();
            }
        }
    }

    public void Update(IReadOnlyCollection<string> sent, IReadOnlyCollection<string> received)
    {
        if (received.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            var next = new HashSet<string>(_bookmarks, StringComparer.Ordinal);
            next.ExceptWith(sent);
            next.UnionWith(received);
            _bookmarks = next;
        }
    }
}
