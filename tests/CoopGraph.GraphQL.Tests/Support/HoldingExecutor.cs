using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.GraphQL.Tests.Support;

/// <summary>
/// Holds whole-graph plans, once <see cref="HoldNext"/> is called, until <see cref="Release"/>: a heavy
/// request that stays running for as long as a test needs, with no timing involved.
/// </summary>
internal sealed class HoldingExecutor(IPlanExecutor inner) : IPlanExecutor
{
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The hold the next whole-graph plan takes; null once taken.
    private TaskCompletionSource? _armed;

    /// <summary>Completes when the held plan has started running (it has its turn).</summary>
    public Task Entered => _entered.Task;

    public void HoldNext()
    {
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _armed = _release;
    }

    public void Release() => _release.TrySetResult();

    public async ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        if (WholeGraphWork.Any(plan) && Interlocked.Exchange(ref _armed, null) is { } release)
        {
            _entered.SetResult();
            await release.Task.WaitAsync(cancellationToken);
        }

        await inner.ExecuteAsync(plan, output, cancellationToken);
    }

    public bool HasWholeGraphResultsAtHand(OperationPlan plan) => inner.HasWholeGraphResultsAtHand(plan);
}
