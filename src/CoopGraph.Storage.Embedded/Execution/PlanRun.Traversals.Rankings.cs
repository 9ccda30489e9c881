using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>Traversals that answer with lists of entities: reachable sets, common neighbours, rankings, timelines.</summary>
internal sealed partial class PlanRun
{
    private List<EntityRow> Reachable(ReachableField field)
    {
        var from = RequireNode(field.From);
        var budget = new TraversalBudget(field.Limits.MaxExpansions, cancellationToken);
        var found = PatternReach.Find(snapshot, budget, field.Pattern.Automaton, from, node => field.Labels is null || Contains(field.Labels, snapshot.GetLabel(node)), field.First);
        return found
            .OrderBy(f => f.Distance)
            .ThenBy(f => snapshot.GetNodeId(f.Node), StringComparer.Ordinal)
            .Take(field.First)
            .Select(f => new EntityRow(f.Node))
            .ToList();
    }

    private List<EntityRow> CommonNeighboursOf(CommonNeighboursField field)
    {
        var a = RequireNode(field.A);
        var b = RequireNode(field.B);
        var expansion = new Expansion(snapshot, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken), new TraversalFilter(field.Types, null, Graph.Schema.Model.RelationshipDirection.Both));
        return CommonNeighbours.Find(expansion, a, b)
            .OrderBy(snapshot.GetNodeId, StringComparer.Ordinal)
            .Take(field.Limits.MaxSubgraphSize)
            .Select(node => new EntityRow(node))
            .ToList();
    }

    private List<TraversalResult> Ranked(RankField field) =>
        Ranking.Rank(snapshot, field, node => field.Labels is null || Contains(field.Labels, snapshot.GetLabel(node)), cancellationToken)
            .Select(r => TraversalResult.Scored(r.Node, r.Score))
            .ToList();

    private List<TraversalResult> TimelineEntries(TimelineField field)
    {
        int? about = field.Id is null ? null : RequireNode(field.Id);
        return new Timeline(snapshot, field, new TraversalBudget(field.Limits.MaxExpansions, cancellationToken))
            .Collect(about)
            .Select(f => TraversalResult.Fact(f.Date, f.Node, f.Relationship, f.Description))
            .ToList();
    }
}
