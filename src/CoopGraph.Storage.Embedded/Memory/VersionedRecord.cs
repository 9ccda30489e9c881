namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// One version of a slot. Immutable except <see cref="Previous"/>, which only the writer clears
/// when no registered reader can need the older versions any more. A tombstone
/// (<see cref="Deleted"/>) marks the version at which the thing went away.
/// </summary>
internal abstract class VersionedRecord<TSelf>(long version, TSelf? previous, bool deleted)
    where TSelf : VersionedRecord<TSelf>
{
    public long Version { get; } = version;

    public TSelf? Previous { get; set; } = previous;

    public bool Deleted { get; } = deleted;

    /// <summary>The newest version not newer than <paramref name="version"/>, or null when the slot did not exist then.</summary>
    public TSelf? At(long version)
    {
        var record = (TSelf)this;
        while (record is not null && record.Version > version)
        {
            record = record.Previous;
        }

        return record;
    }

    /// <summary>Drops the versions behind the one the oldest reader sees; true when no older version is left.</summary>
    public bool CutBefore(long oldest)
    {
        var kept = At(oldest);
        if (kept is not null)
        {
            kept.Previous = null;
        }

        return ReferenceEquals(kept, this);
    }
}
