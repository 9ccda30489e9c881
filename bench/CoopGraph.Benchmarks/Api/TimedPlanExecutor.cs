using System.Diagnostics;
using System.Text.Json;
using CoopGraph.Planning;

namespace CoopGraph.Benchmarks.Api;

/// <summary>Times the store's part of a request (running the plan and writing its JSON), to split a request into phases.</summary>
internal sealed class TimedPlanExecutor(IPlanExecutor inner) : IPlanExecutor
{
    public TimeSpan Last { get; private set; }

    public async ValueTask ExecuteAsync(OperationPlan plan, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        await inner.ExecuteAsync(plan, writer, cancellationToken);
        Last = Stopwatch.GetElapsedTime(start);
    }
}
