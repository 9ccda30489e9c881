namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Every node's neighbours in one version, over all relationship types, as compressed sparse
/// rows indexed by node handle: row 2h holds the ends of h's outgoing relationships, row 2h + 1
/// the starts of its incoming ones, so one direction or both is a single contiguous int span.
/// Derived from the records a snapshot of <see cref="Version"/> sees and immutable, so it answers
/// for that version and no other.
/// </summary>
internal sealed class NeighbourIndex
{
    private readonly int[] _offsets;
    private readonly int[] _neighbours;

    private NeighbourIndex(long version, int[] offsets, int[] neighbours)
    {
        Version = version;
        _offsets = offsets;
        _neighbours = neighbours;
    }

    public long Version { get; }

    /// <summary>Reads every live node's adjacency of the snapshot once.</summary>
    public static NeighbourIndex Build(GraphSnapshot snapshot)
    {
        var slots = snapshot.NodeSlotCount;
        var offsets = new int[2 * slots + 1];
        // Each relationship is listed once at its start and once at its end (a self-loop twice in its
        // node's rows), so this is the exact size; growing is only a guard.
        var neighbours = new int[2 * snapshot.RelationshipCount];
        var position = 0;
        for (var node = 0; node < slots; node++)
        {
            if (snapshot.VisibleNode(node) is { } record)
            {
                position = Append(Adjacency.All(record.Outgoing), ref neighbours, position);
                offsets[2 * node + 1] = position;
                position = Append(Adjacency.All(record.Incoming), ref neighbours, position);
            }
            else
            {
                offsets[2 * node + 1] = position;
            }

            offsets[2 * node + 2] = position;
        }

        return new NeighbourIndex(snapshot.Version, offsets, neighbours);
    }

    public ReadOnlySpan<int> Outgoing(int node) => _neighbours.AsSpan(_offsets[2 * node], _offsets[2 * node + 1] - _offsets[2 * node]);

    public ReadOnlySpan<int> Incoming(int node) => _neighbours.AsSpan(_offsets[2 * node + 1], _offsets[2 * node + 2] - _offsets[2 * node + 1]);

    public ReadOnlySpan<int> Both(int node) => _neighbours.AsSpan(_offsets[2 * node], _offsets[2 * node + 2] - _offsets[2 * node]);

    private static int Append(ReadOnlySpan<AdjacencyEntry> entries, ref int[] neighbours, int position)
    {
        if (neighbours.Length - position < entries.Length)
        {
            Array.Resize(ref neighbours, Math.Max(position + entries.Length, 2 * neighbours.Length));
        }

        foreach (ref readonly var entry in entries)
        {
            neighbours[position++] = entry.Neighbour;
        }

        return position;
    }
}
