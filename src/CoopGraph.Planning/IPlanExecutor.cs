using System.Text.Json;

namespace CoopGraph.Planning;

/// <summary>
/// Runs a whole plan on a store and writes the response's <c>data</c> object directly,
/// in response order: one pass, no resolver per field, no round trip per parent.
/// </summary>
public interface IPlanExecutor
{
    /// <exception cref="PlanExecutionException">The plan could not run (limit, store unavailable, timeout).</exception>
    ValueTask ExecuteAsync(OperationPlan plan, Utf8JsonWriter writer, CancellationToken cancellationToken);
}
