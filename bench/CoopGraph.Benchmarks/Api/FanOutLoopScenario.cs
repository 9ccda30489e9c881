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
        await using var fixture = await FanOutFixture.CreateAsync();
        await fixture.VerifyAsync();
        var runner = path switch
        {
            "control" => fixture.Poco,
            "naive" => fixture.Naive,
            _ => fixture.Plan,
        };
        Console.WriteLine($"pid {Environment.ProcessId}: running '{path}' for {seconds} s");
        var watch = Stopwatch.StartNew();
        var runs = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            await runner.RunAsync(query);
            runs++;
        }

        Console.WriteLine($"{runs} runs, {watch.Elapsed.TotalMilliseconds / runs:0.000} ms each");
        return 0;
    }
}
