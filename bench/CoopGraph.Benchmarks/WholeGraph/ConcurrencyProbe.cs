using CoopGraph.Planning;
using CoopGraph.Planning.Output;

namespace CoopGraph.Benchmarks.WholeGraph;

/// <summary>Counts the plans running on the store at once, behind the heavy-request bound; keeps the most seen.</summary>
internal sealed class ConcurrencyProbe(IPlanExecutor inner) : IPlanExecutor
{
    private int _running;
    private int _most;

    public int MostAtOnce => Volatile.Read(ref _most);

    public async ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref _running);
        InterlockedMax(now);
        try
        {
            // The embedded executor runs on the caller's thread: off it, so that concurrent callers really overlap.
            await Task.Run(async () => await inner.ExecuteAsync(plan, output, cancellationToken), cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public bool HasWholeGraphResultsAtHand(OperationPlan plan) => inner.HasWholeGraphResultsAtHand(plan);

    private void InterlockedMax(int value)
    {
        var seen = Volatile.Read(ref _most);
        while (value > seen && Interlocked.CompareExchange(ref _most, value, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
