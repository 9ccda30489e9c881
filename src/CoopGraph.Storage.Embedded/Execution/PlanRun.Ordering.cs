using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Paging;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>
    /// A row with the values of its sort keys (all but the final id key), read once. The
    /// relationship id only breaks ties between rows of one entity and goes into cursors, so it
    /// is derived when one of those needs it (<see cref="RelationshipIdOf"/>), not for every row.
    /// </summary>
    private readonly record struct KeyedRow(Row Row, object?[] Keys, string Id, bool WithRelationship);

    private KeyedRow Keyed(Row row, IReadOnlyList<SortKey> order, bool withRelationship)
    {
        var keys = order.Count <= 1 ? [] : new object?[order.Count - 1];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = OperandValue(order[i].Operand, row, null);
        }

        return new KeyedRow(row, keys, snapshot.GetNodeId(row.Node), withRelationship);
    }

    private string? RelationshipIdOf(KeyedRow row) =>
        row.WithRelationship && row.Row.Relationship >= 0 ? snapshot.GetRelationshipId(row.Row.Relationship) : null;

    /// <summary>Total order: the keys in their directions, then id, then relationship id.</summary>
    private sealed class KeyedRowComparer(PlanRun run, IReadOnlyList<SortKey> order) : IComparer<KeyedRow>
    {
        public int Compare(KeyedRow x, KeyedRow y)
        {
            var c = CompareKeysAndId(order, x.Keys, x.Id, y.Keys, y.Id);
            return c != 0 || !(x.WithRelationship || y.WithRelationship)
                ? c
                : string.CompareOrdinal(run.RelationshipIdOf(x) ?? string.Empty, run.RelationshipIdOf(y) ?? string.Empty);
        }
    }

    /// <summary>The keys in their directions, then id; zero when both tie and only the relationship id can tell the rows apart.</summary>
    private static int CompareKeysAndId(IReadOnlyList<SortKey> order, object?[] keysA, string idA, IReadOnlyList<object?> keysB, string idB)
    {
        for (var i = 0; i < keysA.Length; i++)
        {
            var c = Values.Compare(keysA[i], keysB[i]);
            if (c != 0)
            {
                // Descending reverses values, and with them nulls: first when descending, as in Cypher.
                return order[i].Descending ? -c : c;
            }
        }

        var byId = string.CompareOrdinal(idA, idB);
        return order[^1].Descending ? -byId : byId;
    }

    private int CompareToCursor(IReadOnlyList<SortKey> order, KeyedRow row, Cursor cursor)
    {
        var c = CompareKeysAndId(order, row.Keys, row.Id, cursor.Keys, cursor.Id);
        return c != 0 ? c : string.CompareOrdinal(RelationshipIdOf(row) ?? string.Empty, cursor.RelationshipId ?? string.Empty);
    }

    private static bool IsIdOnly(IReadOnlyList<SortKey> order) => order.Count == 1 && order[0].Operand is IdOperand;
}
