namespace CoopGraph.Storage.Writes;

/// <summary>
/// Changes part of a stored node: each entry of <see cref="Changes"/> sets a property, a null value removes it; other
/// properties keep their values. <see cref="Sources"/>, when given, replaces the node's sources. The store resolves a
/// patch against the node as it stands when the write runs (under its write lock or inside its transaction), so two
/// patches of different properties never undo each other.
/// </summary>
public sealed record NodePatch(
    string Id,
    IReadOnlyDictionary<string, object?> Changes,
    IReadOnlyList<SourceRef>? Sources) : GraphWrite
{
    /// <summary>The version the client read; a node at another version is refused with VERSION_CONFLICT.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>The label the client means (a typed <c>update&lt;Label&gt;</c>); a node of another label is NOT_FOUND.</summary>
    public string? Label { get; init; }
}
