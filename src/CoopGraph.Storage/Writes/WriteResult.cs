namespace CoopGraph.Storage.Writes;

/// <summary>
/// What a committed batch changed. <see cref="Version"/> is the store version it produced; <see cref="ByName"/> splits
/// the node and relationship writes (not the deletes) by label and relationship type.
/// </summary>
public sealed record WriteResult(
    int NodesCreated,
    int NodesUpdated,
    int NodesUnchanged,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsUpdated,
    int RelationshipsUnchanged,
    int RelationshipsDeleted,
    long Version,
    IReadOnlyDictionary<string, NameCounts> ByName)
{
    /// <summary>The counts of one label or relationship type; zero when the batch wrote none of it.</summary>
    public NameCounts For(string name) => ByName.GetValueOrDefault(name) ?? NameCounts.None;

    public bool ChangedNothing => NodesCreated + NodesUpdated + NodesDeleted + RelationshipsCreated + RelationshipsUpdated + RelationshipsDeleted == 0;
}
