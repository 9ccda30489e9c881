namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// An interned list of source references: every node and relationship citing the same
/// sources shares one instance (and one SQLite row), so bulk data pays for its provenance once.
/// </summary>
internal sealed class SourceList(int id, IReadOnlyList<SourceRef> references, string json)
{
    public int Id { get; } = id;

    public IReadOnlyList<SourceRef> References { get; } = references;

    /// <summary>The canonical JSON form: the interning key and the stored text.</summary>
    public string Json { get; } = json;
}
