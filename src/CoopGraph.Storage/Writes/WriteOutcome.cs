namespace CoopGraph.Storage.Writes;

/// <summary>What one node or relationship write turned out to be against the stored graph.</summary>
public enum WriteOutcome
{
    Created,
    Updated,
    Unchanged,
}
