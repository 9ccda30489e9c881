using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded;

/// <summary>Whole-graph results of this snapshot's version, computed once and shared with every reader of it.</summary>
public sealed partial class GraphSnapshot
{
    internal WholeGraphCache RankingCache => _memory.Rankings;

    internal WholeGraphCache TimelineCache => _memory.Timelines;
}
