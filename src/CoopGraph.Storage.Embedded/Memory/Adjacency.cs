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
    /// Merges straight into the final layout (one pass to size it, one to fill it), so a hub's
    /// adjacency costs one new array per batch, not two.
    /// </summary>
    public static AdjacencyEntry[] Merge(AdjacencyEntry[] old, ReadOnlySpan<TypedEntry> added, HashSet<int>? removed)
    {
        var groups = 0;
        var count = 0;
        var lastType = -1;
        var sizing = new MergeCursor(old, removed);
        while (sizing.Next(added, out var entry))
        {
            count++;
            if (entry.Type != lastType)
            {
                groups++;
                lastType = entry.Type;
            }
        }

        if (count == 0)
        {
            return Empty;
        }

        var result = new AdjacencyEntry[1 + groups + count];
        result[0] = new AdjacencyEntry(groups, 0);
        var group = 0;
        var position = 1 + groups;
        lastType = -1;
        var filling = new MergeCursor(old, removed);
        while (filling.Next(added, out var entry))
        {
            if (entry.Type != lastType)
            {
                group++;
                lastType = entry.Type;
            }

            result[position++] = new AdjacencyEntry(entry.Neighbour, entry.Relationship);
            result[group] = new AdjacencyEntry(entry.Type, position);
        }

        return result;
    }

    /// <summary>Walks the old entries and the added ones together in key order, skipping removed relationships.</summary>
    private struct MergeCursor(AdjacencyEntry[] old, HashSet<int>? removed)
    {
        private int _group = 1;
        private int _position = 1 + old[0].Neighbour;
        private int _next;

        public bool Next(ReadOnlySpan<TypedEntry> added, out TypedEntry entry)
        {
            while (true)
            {
                var hasOld = TryPeekOld(out var stored);
                if (_next < added.Length && (!hasOld || added[_next].Key < stored.Key))
                {
                    entry = added[_next++];
                    return true;
                }

                if (!hasOld)
                {
                    entry = default;
                    return false;
                }

                _position++;
                if (removed is null || !removed.Contains(stored.Relationship))
                {
                    entry = stored;
                    return true;
                }
            }
        }

        private bool TryPeekOld(out TypedEntry entry)
        {
            var groups = old[0].Neighbour;
            while (_group <= groups && _position >= old[_group].Relationship)
            {
                _group++;
            }

            if (_group > groups)
            {
                entry = default;
                return false;
            }

            entry = new TypedEntry(old[_group].Neighbour, old[_position].Neighbour, old[_position].Relationship);
            return true;
        }
    }
}
