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

    /// <summary>
    /// True when the store already holds, for its current version, the results of every
    /// whole-graph field of <paramref name="plan"/>, so running it is cheap and need not wait for a
    /// turn among the heavy requests. A store that keeps no such results answers false.
    /// </summary>
    bool HasWholeGraphResultsAtHand(OperationPlan plan) => false;
}
