using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Traversals;
using Microsoft.Extensions.Options;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// Bounds how many whole-graph requests (<see cref="WholeGraphWork"/>) run at once, in front of
/// whichever store runs the plan: three betweenness rankings at once on a 2-core machine each take
/// three times as long and all run past the request timeout, where two at a time finish and the
/// third hears a clear <c>LIMIT_EXCEEDED</c>. A request waits up to HeavyQueueTimeout for a turn.
/// Plans with no whole-graph field, and those the store can answer from results it already holds,
/// pass straight through.
/// </summary>
public sealed class HeavyRequestGate : IDisposable
{
    private readonly SemaphoreSlim? _turns;
    private readonly int _maxConcurrent;
    private readonly TimeSpan _queueTimeout;

    public HeavyRequestGate(IOptions<TraversalLimits> limits)
    {
        _maxConcurrent = limits.Value.MaxConcurrentHeavy;
        _queueTimeout = limits.Value.HeavyQueueTimeout;
        _turns = _maxConcurrent > 0 ? new SemaphoreSlim(_maxConcurrent, _maxConcurrent) : null;
    }

    /// <summary>Runs the plan on <paramref name="executor"/>, in turn with the other heavy requests when it is one.</summary>
    /// <exception cref="PlanExecutionException"><c>LIMIT_EXCEEDED</c> when no turn came free within HeavyQueueTimeout.</exception>
    public async ValueTask ExecuteAsync(IPlanExecutor executor, OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        if (_turns is null || !WholeGraphWork.Any(plan) || executor.HasWholeGraphResultsAtHand(plan))
        {
            await executor.ExecuteAsync(plan, output, cancellationToken);
            return;
        }

        if (!await _turns.WaitAsync(_queueTimeout, cancellationToken))
        {
            throw new PlanExecutionException("LIMIT_EXCEEDED", TraversalLimits.HeavyRequestsExceeded(_maxConcurrent, _queueTimeout));
        }

        try
        {
            await executor.ExecuteAsync(plan, output, cancellationToken);
        }
        finally
        {
            _turns.Release();
        }
    }

    public void Dispose() => _turns?.Dispose();
}
