using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// The live nodes of a snapshot renumbered densely, with each relationship (of the chosen
/// types) listed at both ends, in compressed sparse rows: whole-graph algorithms iterate
/// plain int arrays instead of reading the store's records again on every pass.
/// <para>
/// Nodes are numbered in id order and each row is sorted, so floating-point sums over nodes or
/// rows run in an order that does not depend on how the store happened to lay out its records:
/// any store summing in the same canonical order gets the same bits.
/// </para>
/// </summary>
internal sealed class CompactGraph
{
    private CompactGraph(int[] handles, int[] offsets, int[] targets)
    {
        Handles = handles;
        Offsets = offsets;
        Targets = targets;
    }

    /// <summary>Node handle of each dense index, in id order (ordinal).</summary>
    public int[] Handles { get; }

    /// <summary>Neighbours of index i are Targets[Offsets[i]..Offsets[i + 1]], in ascending index order.</summary>
    public int[] Offsets { get; }

    public int[] Targets { get; }

    public int NodeCount => Handles.Length;

    /// <summary>Reads the undirected view: a relationship a→b appears as b in a's row and a in b's (a self-loop twice in its node's row).</summary>
    public static CompactGraph Undirected(GraphSnapshot snapshot, IReadOnlyList<RelationshipType>? types, long maxRelationships, CancellationToken cancellationToken)
    {
        var scanned = new List<int>(snapshot.NodeCount);
        foreach (var node in snapshot.ScanAll())
        {
            scanned.Add(node);
        }

        var handles = scanned.ToArray();
        Array.Sort(Array.ConvertAll(handles, snapshot.GetNodeId), handles, StringComparer.Ordinal);
        var index = new int[snapshot.NodeSlotCount];
        for (var i = 0; i < handles.Length; i++)
        {
            index[handles[i]] = i;
        }

        var budget = TraversalBudget.Unlimited;
        // Each relationship is listed at both ends, and rows are indexed by int.
        var maxEntries = Math.Min(int.MaxValue, maxRelationships > int.MaxValue ? int.MaxValue : 2 * maxRelationships);
        var offsets = new int[handles.Length + 1];
        for (var i = 0; i < handles.Length; i++)
        {
            if ((i & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var degree = 0;
            foreach (var _ in new StepEnumerator(snapshot, budget, handles[i], types, RelationshipDirection.Both))
            {
                degree++;
            }

            if ((long)offsets[i] + degree > maxEntries)
            {
                throw TooLarge(maxRelationships);
            }

            offsets[i + 1] = offsets[i] + degree;
        }

        var targets = new int[offsets[^1]];
        for (var i = 0; i < handles.Length; i++)
        {
            var position = offsets[i];
            foreach (var step in new StepEnumerator(snapshot, budget, handles[i], types, RelationshipDirection.Both))
            {
                targets[position++] = index[step.Neighbour];
            }

            Array.Sort(targets, offsets[i], position - offsets[i]);
        }

        return new CompactGraph(handles, offsets, targets);
    }

    private static PlanExecutionException TooLarge(long maxRelationships) =>
        new("LIMIT_EXCEEDED", Planning.Traversals.TraversalLimits.RankRelationshipsExceeded(maxRelationships));
}
