namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// The visited set of one traversal over node handles, reused across traversals instead of
/// allocating (and zeroing) an array of NodeSlotCount per query, which dominated short ones.
/// A node is marked when its byte equals the current stamp; starting a traversal moves to the
/// next stamp, so nothing is cleared except once every 255 traversals. One byte per slot keeps
/// the random probes as cache-dense as a bool array. A small shared pool bounds the memory held
/// to a few arrays; a traversal that takes one while all are out gets a fresh one.
/// Not thread-safe: one traversal owns the instance between <see cref="Rent"/> and <see cref="Dispose"/>.
/// </summary>
internal sealed class VisitedMarks : IDisposable
{
    private static readonly VisitedMarks?[] Pool = new VisitedMarks?[Math.Max(2, 2 * Environment.ProcessorCount)];

    private byte[] _stamps = [];
    private byte _stamp;

    private VisitedMarks()
    {
    }

    /// <summary>An empty set over handles below <paramref name="slotCount"/>.</summary>
    public static VisitedMarks Rent(int slotCount)
    {
        VisitedMarks? marks = null;
        for (var i = 0; i < Pool.Length && marks is null; i++)
        {
            marks = Interlocked.Exchange(ref Pool[i], null);
        }

        marks ??= new VisitedMarks();
        marks.Reset(slotCount);
        return marks;
    }

    public bool Contains(int node) => _stamps[node] == _stamp;

    /// <summary>Marks the node; false when it was marked already.</summary>
    public bool Add(int node)
    {
        ref var mark = ref _stamps[node];
        if (mark == _stamp)
        {
            return false;
        }

        mark = _stamp;
        return true;
    }

    /// <summary>Gives the set back to the pool; it must not be used afterwards.</summary>
    public void Dispose()
    {
        for (var i = 0; i < Pool.Length; i++)
        {
            if (Interlocked.CompareExchange(ref Pool[i], this, null) is null)
            {
                return;
            }
        }
    }

    private void Reset(int slotCount)
    {
        if (_stamps.Length < slotCount)
        {
            // Headroom, so a store growing by a few nodes per write does not reallocate every time.
            _stamps = new byte[slotCount + (slotCount >> 4)];
            _stamp = 1;
            return;
        }

        if (_stamp == byte.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 0;
        }

        _stamp++;
    }
}
