namespace CoopGraph.Storage.Writes;

/// <summary>
/// Changes part of a stored relationship, as <see cref="NodePatch"/> does for a node: each entry of
/// <see cref="Changes"/> sets a property or (null) removes it; <see cref="Sources"/>, when given, replaces the sources.
/// </summary>
public sealed record RelationshipPatch(
    string Id,
    IReadOnlyDictionary<string, object?> Changes,
    IReadOnlyList<SourceRef>? Sources) : GraphWrite
{
    public long? ExpectedVersion { get; init; }
}
