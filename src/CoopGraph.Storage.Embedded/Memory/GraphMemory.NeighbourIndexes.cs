namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>The traversal index shared by all readers of a version.</summary>
internal sealed partial class GraphMemory
{
    public NeighbourIndexCache NeighbourIndexes { get; } = new();
}
