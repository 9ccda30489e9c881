using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Paging;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    /// <summary>A row with the values of its sort keys (all but the final id key), read once.</summary>
    private readonly record struct KeyedRow(Row Row, object?[] Keys, string Id, string? RelationshipId);

    private KeyedRow Keyed(Row row, IReadOnlyList<SortKey> order, bool withRelationship)
    {
        var keys = order.Count <= 1 ? [] : new object?[order.Count - 1];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = OperandValue(order[i].Operand, row, null);
        }

        return new KeyedRow(
            row,
            keys,
            snapshot.GetNodeId(row.Node),
            withRelationship && row.Relationship >= 0 ? snapshot.GetRelationshipId(row.Relationship) : null);
    }

    /// <summary>Total order: the keys in their directions, then id, then relationship id.</summary>
    private sealed class KeyedRowComparer(IReadOnlyList<SortKey> order) : IComparer<KeyedRow>
    {
        public int Compare(KeyedRow x, KeyedRow y) => CompareTo(order, x.Keys, x.Id, x.RelationshipId, y.Keys, y.Id, y.RelationshipId);
    }

    private static int CompareTo(IReadOnlyList<SortKey> order, object?[] keysA, string idA, string? relA, IReadOnlyList<object?> keysB, string idB, string? relB)
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
        if (order[^1].Descending)
        {
            byId = -byId;
        }

        return byId != 0 ? byId : string.CompareOrdinal(relA ?? string.Empty, relB ?? string.Empty);
    }

    private static int CompareToCursor(IReadOnlyList<SortKey> order, KeyedRow row, Cursor cursor) =>
        CompareTo(order, row.Keys, row.Id, row.RelationshipId, cursor.Keys, cursor.Id, cursor.RelationshipId);

    private static bool IsIdOnly(IReadOnlyList<SortKey> order) => order.Count == 1 && order[0].Operand is IdOperand;
}
