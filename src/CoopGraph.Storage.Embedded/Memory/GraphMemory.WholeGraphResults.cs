namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>Whole-graph results shared by all readers of the newest version.</summary>
internal sealed partial class GraphMemory
{
    /// <summary>Scores of rankings, by algorithm, types and parameters.</summary>
    public WholeGraphCache Rankings { get; } = new();

    /// <summary>Indexes of dated facts, by the properties that date them.</summary>
    public WholeGraphCache Timelines { get; } = new();
}
