using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>One page of a connection, with what the page info needs to know about the rest.</summary>
    private readonly record struct Page(List<KeyedRow> Rows, int TotalCount, bool HasNext, bool HasPrevious);

    /// <summary>
    /// Reads the rows, counts them, keeps those between the cursors and selects the page: rows
    /// are kept in a list while they fit in a page, and only past that in a bounded heap
    /// (n log k), so a small page of a large label stays cheap and a short list is just sorted.
    /// </summary>
    private Page ReadPage(ConnectionField connection, int parent)
    {
        var order = connection.Order;
        var request = connection.Page;
        var withRelationship = LeadsThroughRelationships(connection.Source);
        var comparer = new KeyedRowComparer(this, order);
        var total = 0;
        var before = 0;
        var after = 0;
        var fromEnd = request.Last is not null;
        var size = request.First ?? request.Last ?? 0;

        // Keep the size+1 best rows: from the start (first) or from the end (last); the extra one tells whether more exist.
        var rows = new List<KeyedRow>(Math.Min(size + 2, 64));
        PriorityQueue<KeyedRow, KeyedRow>? heap = null;
        foreach (var row in Rows(connection.Source, parent))
        {
            total++;
            var keyed = Keyed(row, order, withRelationship);
            if (request.After is { } a && CompareToCursor(order, keyed, a) <= 0)
            {
                before++;
                continue;
            }

            if (request.Before is { } b && CompareToCursor(order, keyed, b) >= 0)
            {
                after++;
                continue;
            }

            if (heap is not null)
            {
                // A row that would be dropped at once costs one comparison with the heap's top.
                heap.EnqueueDequeue(keyed, keyed);
            }
            else if (rows.Count <= size)
            {
                rows.Add(keyed);
            }
            else
            {
                // The heap's top is the row to drop first: the last one in order for first, the first one for last.
                IComparer<KeyedRow> dropFirst = fromEnd ? comparer : Comparer<KeyedRow>.Create((x, y) => comparer.Compare(y, x));
                heap = new PriorityQueue<KeyedRow, KeyedRow>(rows.Select(r => (r, r)), dropFirst);
                heap.EnqueueDequeue(keyed, keyed);
                rows.Clear();
            }
        }

        while (heap is { Count: > 0 })
        {
            rows.Add(heap.Dequeue());
        }

        rows.Sort(comparer);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(fromEnd ? 0 : rows.Count - 1);
        }

        return fromEnd
            ? new Page(rows, total, HasNext: after > 0, HasPrevious: more)
            : new Page(rows, total, HasNext: more, HasPrevious: before > 0);
    }

    /// <summary>Rows of relationship connections are (entity, relationship) pairs; their cursors carry the relationship id.</summary>
    private static bool LeadsThroughRelationships(EntitySource source) => source switch
    {
        ExpandRelationship => true,
        FilterEntities filter => LeadsThroughRelationships(filter.Input),
        _ => false,
    };
}
