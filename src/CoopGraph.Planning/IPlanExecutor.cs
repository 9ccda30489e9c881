using CoopGraph.Planning.Output;

namespace CoopGraph.Planning;

/// <summary>
/// Runs a whole plan on a store and writes the response's <c>data</c> object directly,
/// in response order: one pass, no resolver per field, no round trip per parent.
/// </summary>
public interface IPlanExecutor
{
    /// <summary>
    /// Writes the data to <paramref name="output"/>; a field that fails is null there (or its nearest nullable parent) and
    /// its error is one of the output's failures, with the field's path.
    /// </summary>
    /// <exception cref="PlanExecutionException">The plan could not run at all (store unavailable, the operation refused as a whole).</exception>
    ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken);

    /// <summary>
    /// True when the store already holds, for its current version, the results of every
    /// whole-graph field of <paramref name="plan"/>, so running it is cheap and need not wait for a
    /// turn among the heavy requests. A store that keeps no such results answers false.
    /// </summary>
    bool HasWholeGraphResultsAtHand(OperationPlan plan) => false;
}
