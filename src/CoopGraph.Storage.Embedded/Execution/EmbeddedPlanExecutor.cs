using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>
/// Runs plans on the embedded store: one snapshot for the whole operation, one pass over
/// the plan, the response written straight to JSON. No resolver per field and no lookup
/// per parent: nested fields read the adjacency of the entity at hand.
/// </summary>
public sealed class EmbeddedPlanExecutor(EmbeddedGraphStore store) : IPlanExecutor
{
    public ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!plan.ReadsStore)
        {
            PlanRun.WriteWithoutStore(plan, output);
            return ValueTask.CompletedTask;
        }

        using var snapshot = store.OpenSnapshot();
        new PlanRun(snapshot, cancellationToken).WriteOperation(plan, output);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Checked against the latest version: a write between this and the run makes the run compute
    /// after all, outside the bound, which only a write racing a repeat can cause.
    /// </summary>
    public bool HasWholeGraphResultsAtHand(OperationPlan plan)
    {
        var version = store.Version;
        foreach (var field in plan.Fields)
        {
            var atHand = field switch
            {
                RankField rank => Ranking.IsAtHand(store.Memory.Rankings, version, rank),
                TimelineField { Id: null } timeline => Timeline.IsAtHand(store.Memory.Timelines, version, timeline),
                _ => true,
            };
            if (!atHand)
            {
                return false;
            }
        }

        return true;
    }
}
