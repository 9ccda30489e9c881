namespace CoopGraph.Storage.Writes;

/// <summary>What a batch does, counted while a store checks it; becomes the <see cref="WriteResult"/> once committed.</summary>
public sealed class WriteCounts
{
    public int NodesCreated { get; set; }

    public int NodesUpdated { get; set; }

    public int NodesUnchanged { get; set; }

    public int NodesDeleted { get; set; }

    public int RelationshipsCreated { get; set; }

    public int RelationshipsUpdated { get; set; }

    public int RelationshipsUnchanged { get; set; }

    public int RelationshipsDeleted { get; set; }

    public WriteResult ToResult(long version) => new(
        NodesCreated, NodesUpdated, NodesUnchanged, NodesDeleted,
        RelationshipsCreated, RelationshipsUpdated, RelationshipsUnchanged, RelationshipsDeleted,
        version);
}
