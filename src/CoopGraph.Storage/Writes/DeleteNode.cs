namespace CoopGraph.Storage.Writes;

/// <summary>
/// Deletes a node; with <paramref name="Detach"/> its relationships go too, without it a node that has any is refused.
/// <see cref="ExpectedVersion"/>, when given, must be the node's stored version (else VERSION_CONFLICT).
/// </summary>
public sealed record DeleteNode(string Id, bool Detach = false) : GraphWrite
{
    public long? ExpectedVersion { get; init; }
}
