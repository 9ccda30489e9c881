namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// The layout of one node's adjacency in one direction: a single immutable array whose
/// element 0 holds the number of type groups g, elements 1..g hold (type ordinal, end index
/// of the group), and the entries follow, grouped by type ordinal and sorted by neighbour
/// within a group. So all types are one contiguous span, one type is a slice found by a scan
/// of at most g small entries, and a (type, neighbour) pair is found by binary search: at most
/// one relationship exists per (type, start, end), so the neighbour identifies it.
/// </summary>
internal static class Adjacency
{
    public static readonly AdjacencyEntry[] Empty = [new(0, 0)];

    public static ReadOnlySpan<AdjacencyEntry> All(AdjacencyEntry[] adjacency) => adjacency.AsSpan(1 + adjacency[0].Neighbour);

    public static ReadOnlySpan<AdjacencyEntry> OfType(AdjacencyEntry[] adjacency, int type)
    {
        var groups = adjacency[0].Neighbour;
        var start = groups + 1;
        for (var i = 1; i <= groups; i++)
        {
            var group = adjacency[i];
            if (group.Neighbour == type)
            {
                return adjacency.AsSpan(start, group.Relationship - start);
            }

            start = group.Relationship;
        }

        return [];
    }

    public static bool TryFind(AdjacencyEntry[] adjacency, int type, int neighbour, out int relationship)
    {
        var entries = OfType(adjacency, type);
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var found = entries[mid].Neighbour;
            if (found == neighbour)
            {
                relationship = entries[mid].Relationship;
                return true;
            }

            if (found < neighbour)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        relationship = -1;
        return false;
    }

    /// <summary>Builds the layout from entries already sorted by <see cref="TypedEntry.Key"/>.</summary>
    public static AdjacencyEntry[] Build(ReadOnlySpan<TypedEntry> sorted)
    {
        if (sorted.IsEmpty)
        {
            return Empty;
        }

        var groups = 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Type != sorted[i - 1].Type)
            {
                groups++;
            }
        }

        var result = new AdjacencyEntry[1 + groups + sorted.Length];
        result[0] = new AdjacencyEntry(groups, 0);
        var group = 0;
        var position = 1 + groups;
        for (var i = 0; i < sorted.Length; i++)
        {
            var entry = sorted[i];
            if (i > 0 && entry.Type != sorted[i - 1].Type)
            {
                group++;
            }

            result[position++] = new AdjacencyEntry(entry.Neighbour, entry.Relationship);
            result[1 + group] = new AdjacencyEntry(entry.Type, position);
        }

        return result;
    }

    /// <summary>
    /// A new array with <paramref name="added"/> (sorted by key, none already present) merged
    /// in and the relationships in <paramref name="removed"/> left out; the old array is untouched.
    /// </summary>
    public static AdjacencyEntry[] Merge(AdjacencyEntry[] old, ReadOnlySpan<TypedEntry> added, HashSet<int>? removed)
    {
        var oldCount = old.Length - 1 - old[0].Neighbour;
        var merged = new TypedEntry[oldCount + added.Length];
        var count = 0;
        var next = 0;
        var groups = old[0].Neighbour;
        var start = groups + 1;
        for (var g = 1; g <= groups; g++)
        {
            var type = old[g].Neighbour;
            var end = old[g].Relationship;
            for (var i = start; i < end; i++)
            {
                var entry = new TypedEntry(type, old[i].Neighbour, old[i].Relationship);
                while (next < added.Length && added[next].Key < entry.Key)
                {
                    merged[count++] = added[next++];
                }

                if (removed is null || !removed.Contains(entry.Relationship))
                {
                    merged[count++] = entry;
                }
            }

            start = end;
        }

        while (next < added.Length)
        {
            merged[count++] = added[next++];
        }

        return Build(merged.AsSpan(0, count));
    }
}
