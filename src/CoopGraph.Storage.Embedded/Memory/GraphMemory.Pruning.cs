namespace CoopGraph.Storage.Embedded.Memory;

/// <summary>
/// Cutting version chains no reader can need (see <see cref="VersionGate"/> for why this is
/// race-free). A slot whose chain cannot be cut yet stays on the list and is tried again after
/// the next write, so a long-lived snapshot delays pruning but never breaks.
/// </summary>
internal sealed partial class GraphMemory
{
    public int PendingPrunes => _prunableNodes.Count + _prunableRelationships.Count;

    public void Prune()
    {
        var oldest = Gate.OldestNeeded();
        _prunableNodes.RemoveWhere(slot => Nodes[slot]!.CutBefore(oldest));
        _prunableRelationships.RemoveWhere(slot => Relationships[slot]!.CutBefore(oldest));
    }
}
