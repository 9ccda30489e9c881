using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded;

/// <summary>The per-version neighbour index traversals may use instead of the records.</summary>
public sealed partial class GraphSnapshot
{
    /// <summary>This version's neighbour index when one has been built, else null (read the records).</summary>
    internal NeighbourIndex? NeighbourIndex => _memory.NeighbourIndexes.Find(_state.Version);

    /// <summary>
    /// Tells the store a traversal of this snapshot read <paramref name="relationshipsRead"/>
    /// relationships through the records; when that makes the version earn its index, builds it
    /// here, while this snapshot still holds the version's records.
    /// </summary>
    internal void ChargeRecordReads(long relationshipsRead)
    {
        var cache = _memory.NeighbourIndexes;
        if (!cache.Charge(_state.Version, relationshipsRead, _state.RelationshipCount))
        {
            return;
        }

        NeighbourIndex? built = null;
        try
        {
            built = Memory.NeighbourIndex.Build(this);
        }
        finally
        {
            cache.Finish(built);
        }
    }
}
