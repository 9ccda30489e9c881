namespace CoopGraph.Storage.Writes;

/// <summary>What one node or relationship write turned out to be against the stored graph.</summary>
/// <remarks>The values index the per-name counters of <see cref="WriteCounts"/>.</remarks>
public enum WriteOutcome
{
    Created = 0,
    Updated = 1,
    Unchanged = 2,
}
