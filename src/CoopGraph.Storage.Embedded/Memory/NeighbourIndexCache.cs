namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Decides when a version earns a <see cref="NeighbourIndex"/> and keeps the newest one built.
/// Building reads every relationship once, so a version gets one only after traversals over it
/// have read as many relationships through the records as it holds (rent until the rent paid
/// equals the price, then buy): a store that is written between every few queries never pays
/// for an index it would not use, and one read often pays at most about twice what the best
/// choice in hindsight would have.
/// Why it is safe: an index is immutable and is only handed to a snapshot of exactly its version,
/// whose records it was read from; a write makes a new version, which reads the records until it
/// earns its own. An older version never replaces a newer index; the newest built is kept (its
/// arrays, about 8 bytes per node slot plus 8 per relationship) until a newer version builds one.
/// </summary>
internal sealed class NeighbourIndexCache
{
    private readonly Lock _lock = new();
    private NeighbourIndex? _built;
    private long _chargedVersion = -1;
    private long _charged;
    private bool _building;

    /// <summary>The index of exactly <paramref name="version"/>, when it has been built.</summary>
    public NeighbourIndex? Find(long version) => Volatile.Read(ref _built) is { } built && built.Version == version ? built : null;

    /// <summary>
    /// Counts relationships a traversal of <paramref name="version"/> read through the records;
    /// true when the version has now paid for its index, and the caller (still holding a
    /// snapshot of that version) is to build it and hand it to <see cref="Finish"/>.
    /// </summary>
    public bool Charge(long version, long relationshipsRead, long relationshipCount)
    {
        lock (_lock)
        {
            if (version < _chargedVersion || (_built is { } built && built.Version >= version))
            {
                return false;
            }

            if (version > _chargedVersion)
            {
                _chargedVersion = version;
                _charged = 0;
            }

            _charged += relationshipsRead;
            if (_building || _charged < relationshipCount)
            {
                return false;
            }

            _building = true;
            return true;
        }
    }

    /// <summary>Ends a build started by <see cref="Charge"/>; <paramref name="index"/> is null when it failed.</summary>
    public void Finish(NeighbourIndex? index)
    {
        lock (_lock)
        {
            _building = false;
            if (index is not null && (_built is null || index.Version > _built.Version))
            {
                Volatile.Write(ref _built, index);
            }
        }
    }
}
