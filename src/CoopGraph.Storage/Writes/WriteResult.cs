namespace CoopGraph.Storage.Writes;

/// <summary>What a committed batch changed. <see cref="Version"/> is the store version it produced.</summary>
public sealed record WriteResult(
    int NodesCreated,
    int NodesUpdated,
    int NodesUnchanged,
    int NodesDeleted,
    int RelationshipsCreated,
    int RelationshipsUpdated,
    int RelationshipsUnchanged,
    int RelationshipsDeleted,
    long Version)
{
    public bool ChangedNothing => NodesCreated + NodesUpdated + NodesDeleted + RelationshipsCreated + RelationshipsUpdated + RelationshipsDeleted == 0;
}
