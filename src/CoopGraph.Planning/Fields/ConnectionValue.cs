namespace CoopGraph.Planning.Fields;

/// <summary>Scalar parts of a connection, its page info and its edges.</summary>
public enum ConnectionValue
{
    TotalCount,
    HasNextPage,
    HasPreviousPage,
    StartCursor,
    EndCursor,
    Cursor,
}
