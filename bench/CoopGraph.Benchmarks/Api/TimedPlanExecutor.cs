using System.Diagnostics;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;

namespace CoopGraph.Benchmarks.Api;

/// <summary>Times the store's part of a request (running the plan and writing its JSON), to split a request into phases.</summary>
internal sealed class TimedPlanExecutor(IPlanExecutor inner) : IPlanExecutor
{
    public TimeSpan Last { get; private set; }

    /// <summary>Bytes the last run allocated on this thread: the store's reads and the rendered data buffer.</summary>
    public long LastAllocated { get; private set; }

    public async ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        await inner.ExecuteAsync(plan, output, cancellationToken);
        Last = Stopwatch.GetElapsedTime(start);
        LastAllocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    }
}
