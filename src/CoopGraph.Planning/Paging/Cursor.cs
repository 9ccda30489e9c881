namespace CoopGraph.Planning.Paging;

/// <summary>
/// A keyset position: the sort key values of a row and its id (and, on relationship
/// connections, its relationship id). A page boundary is a position, not an offset, so it
/// does not shift when rows are inserted or deleted elsewhere.
/// </summary>
public sealed record Cursor(IReadOnlyList<object?> Keys, string Id, string? RelationshipId)
{
    public override string ToString() =>
        $"({string.Join(", ", Keys.Select(Predicates.ComparePredicate.Format))}; {Id}{(RelationshipId is null ? string.Empty : "; " + RelationshipId)})";
}
