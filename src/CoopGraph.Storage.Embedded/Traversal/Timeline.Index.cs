using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>A timeline about no one entity, read from the version's index of dated facts.</summary>
internal sealed partial class Timeline
{
    /// <summary>
    /// The facts of a timeline about no one entity, from the version's index: the window alone, and
    /// of it only the first entries and the values tied with the last of them, since the full order is
    /// by date first (and a fact's values on one date, one entry, share their key).
    /// </summary>
    private void AddIndexedFacts()
    {
        // The scan the index replaces read every relationship; charged alike, so the limit answers the same whatever the cache holds.
        budget.Spend(snapshot.RelationshipCount);
        if (field.First <= 0)
        {
            return;
        }

        var index = snapshot.TimelineCache.GetOrCompute(
            snapshot.Version,
            IndexKey(field),
            field.Limits.WholeGraphCacheEntries,
            () => TimelineIndex.Build(snapshot, field.Facts, budget.CancellationToken),
            budget.CancellationToken);

        // A date spans at most its year, so a fact that overlaps the window starts no earlier than the first day of from's year.
        var start = field.From is { } from ? index.LowerBound((from.Year ?? 10000) * 10000L) : 0;
        var end = field.To?.LastDaySortKey ?? long.MaxValue;
        var lastKey = long.MinValue;
        for (var position = start; position < index.Count && index.Key(position) <= end; position++)
        {
            if (_entries.Count >= field.First && index.Key(position) != lastKey)
            {
                break;
            }

            var property = index.Property(position);
            var before = _values.Count;
            if (field.Facts[property].Label is null)
            {
                AddRelationshipFact(index.Handle(position), property);
            }
            else
            {
                AddNodeFact(index.Handle(position), property);
            }

            lastKey = _values.Count > before ? index.Key(position) : lastKey;
        }
    }

    /// <summary>True when a timeline about no one entity at <paramref name="version"/> can read a kept index.</summary>
    public static bool IsAtHand(WholeGraphCache timelines, long version, TimelineField field) =>
        field.Limits.WholeGraphCacheEntries > 0 && timelines.Holds(version, IndexKey(field));

    /// <summary>An index serves every timeline dated by the same properties.</summary>
    private static string IndexKey(TimelineField field) => string.Join(", ", field.Facts);
}
