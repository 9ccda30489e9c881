namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>
/// An entity as the response writer sees it: the node (-1 for none, and for the operation's root) and its id
/// when the caller has read it already (paging does), saving a second read.
/// </summary>
internal readonly record struct EntityRow(int Node, string? Id = null)
{
    public static readonly EntityRow None = new(-1);
}
