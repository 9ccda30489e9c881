using System.Runtime.InteropServices;

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

    /// <summary>Created, updated and unchanged per name, counted in place: an import counts every one of its facts here.</summary>
    private readonly Dictionary<string, int[]> _byName = new(StringComparer.Ordinal);

    /// <summary>Counts a node write of the label.</summary>
    public void Node(string label, WriteOutcome outcome)
    {
        switch (outcome)
        {
            case WriteOutcome.Created:
                NodesCreated++;
                break;
            case WriteOutcome.Updated:
                NodesUpdated++;
                break;
            default:
                NodesUnchanged++;
                break;
        }

        CountName(label, outcome);
    }

    /// <summary>Counts a relationship write of the type.</summary>
    public void Relationship(string type, WriteOutcome outcome)
    {
        switch (outcome)
        {
            case WriteOutcome.Created:
                RelationshipsCreated++;
                break;
            case WriteOutcome.Updated:
                RelationshipsUpdated++;
                break;
            default:
                RelationshipsUnchanged++;
                break;
        }

        CountName(type, outcome);
    }

    public WriteResult ToResult(long version) => new(
        NodesCreated, NodesUpdated, NodesUnchanged, NodesDeleted,
        RelationshipsCreated, RelationshipsUpdated, RelationshipsUnchanged, RelationshipsDeleted,
        version,
        _byName.ToDictionary(e => e.Key, e => new NameCounts(e.Value[0], e.Value[1], e.Value[2]), StringComparer.Ordinal));

    private void CountName(string name, WriteOutcome outcome)
    {
        ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(_byName, name, out _);
        counts ??= new int[3];
        counts[(int)outcome]++;
    }
}
