using System.Diagnostics;

namespace CoopGraph.Benchmarks.Api;

/// <summary>Runs one path of the fan-out in a loop, for a profiler to attach to (e.g. perf with DOTNET_PerfMapEnabled=1).</summary>
public sealed class FanOutLoopScenario : IBenchScenario
{
    public string Name => "api-fanout-loop";

    public string Description => "Runs one fan-out path in a loop for profiling: plan|control|naive [seconds=30] [query, default the fan-out]";

    public async Task<int> RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : "plan";
        var seconds = args.Length > 1 ? double.Parse(args[1]) : 30;
        var query = args.Length > 2 ? args[2] : FanOutQuery.Text;
        TimedPlanExecutor? timed = null;
        await using var fixture = await FanOutFixture.CreateAsync(inner => timed = new TimedPlanExecutor(inner));
        await fixture.VerifyAsync();
        var runner = path switch
        {
            "control" => fixture.Poco,
            "naive" => fixture.Naive,
            _ => fixture.Plan,
        };
        Console.WriteLine($"pid {Environment.ProcessId}: running '{path}' for {seconds} s");
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await runner.RunAsync(query);
            runs++;
        }

        Console.WriteLine($"{runs} runs, {watch.Elapsed.TotalMilliseconds / runs:0.000} ms each, {(GC.GetTotalAllocatedBytes() - allocated) / runs / 1024.0:0} KB allocated each; "
            + $"GCs per 100 runs: gen0 {(GC.CollectionCount(0) - collections.Item1) * 100.0 / runs:0.0}, gen1 {(GC.CollectionCount(1) - collections.Item2) * 100.0 / runs:0.0}, gen2 {(GC.CollectionCount(2) - collections.Item3) * 100.0 / runs:0.0}");
        Console.WriteLine($"last plan run: {timed!.LastAllocated / 1024.0:0} KB allocated in the store's part (data JSON writer included)");
        return 0;
    }
}
