using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Every dated fact of one version in date order (by <see cref="PartialDate.SortKey"/>), so a
/// timeline window is a binary search to its start and a read of the window alone. Built once
/// per version, on the first timeline about no one entity, rather than kept up to date by every
/// write: a write would have to find its place in the sorted arrays of every version still read,
/// while a build is one pass that the old full scan already paid on every request. It holds only
/// numbers (16 bytes a fact: the key, the handle and which property dates it); descriptions are
/// written for the facts a request returns, from the version the index was read from.
/// </summary>
internal sealed class TimelineIndex
{
    private readonly long[] _keys;

    // (handle << 32) | position in the dated properties; the handle is a node's or a relationship's as that property is.
    private readonly long[] _facts;

    private TimelineIndex(long[] keys, long[] facts)
    {
        _keys = keys;
        _facts = facts;
    }

    public int Count => _keys.Length;

    public long Key(int position) => _keys[position];

    public int Handle(int position) => (int)(_facts[position] >> 32);

    public int Property(int position) => (int)_facts[position];

    /// <summary>The first position whose key is at least <paramref name="key"/>.</summary>
    public int LowerBound(long key)
    {
        var low = 0;
        var high = _keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_keys[middle] < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Reads every value of <paramref name="dated"/> in the snapshot: entities label by label, relationships slot by slot.</summary>
    public static TimelineIndex Build(GraphSnapshot snapshot, IReadOnlyList<DatedProperty> dated, CancellationToken cancellationToken)
    {
        var keys = new List<long>();
        var facts = new List<long>();
        var byType = new List<int>?[snapshot.Model.RelationshipTypes.Count];
        for (var p = 0; p < dated.Count; p++)
        {
            if (dated[p].Type is { } type)
            {
                (byType[type.Ordinal] ??= []).Add(p);
                continue;
            }

            var property = dated[p].Property;
            var scanned = 0;
            foreach (var node in snapshot.ScanLabel(dated[p].Label!))
            {
                if ((++scanned & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (Timeline.DateOf(snapshot.GetProperty(node, property)) is { } date)
                {
                    keys.Add(date.SortKey);
                    facts.Add(((long)node << 32) | (uint)p);
                }
            }
        }

        if (byType.Any(t => t is not null))
        {
            for (var relationship = 0; relationship < snapshot.RelationshipSlotCount; relationship++)
            {
                if ((relationship & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (snapshot.VisibleRelationship(relationship) is not { Values: { } values } record || byType[record.Type] is not { } properties)
                {
                    continue;
                }

                foreach (var p in properties)
                {
                    if (Timeline.DateOf(values[dated[p].Property.Ordinal]) is { } date)
                    {
                        keys.Add(date.SortKey);
                        facts.Add(((long)relationship << 32) | (uint)p);
                    }
                }
            }
        }

        var keyArray = keys.ToArray();
        var factArray = facts.ToArray();
        Array.Sort(keyArray, factArray);
        return new TimelineIndex(keyArray, factArray);
    }
}
