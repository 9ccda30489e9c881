using System.Text.Json;
using CoopGraph.Planning;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>
/// Runs plans on the embedded store: one snapshot for the whole operation, one pass over
/// the plan, the response written straight to JSON. No resolver per field and no lookup
/// per parent: nested fields read the adjacency of the entity at hand.
/// </summary>
public sealed class EmbeddedPlanExecutor(EmbeddedGraphStore store) : IPlanExecutor
{
    public ValueTask ExecuteAsync(OperationPlan plan, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!plan.ReadsStore)
        {
            PlanRun.WriteWithoutStore(plan, writer);
            return ValueTask.CompletedTask;
        }

        using var snapshot = store.OpenSnapshot();
        new PlanRun(snapshot, cancellationToken).WriteOperation(plan, writer);
        return ValueTask.CompletedTask;
    }
}
