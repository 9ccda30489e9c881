using System.Diagnostics;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// The fan-out in process with Stopwatch medians over interleaved rounds (noise on a shared
/// machine hits every path alike), and the plan path split into phases: parse/validate/plan
/// (graphql-dotnet and the plan builder), store (run the plan, write data JSON), serialize.
/// </summary>
public sealed class FanOutScenario : IBenchScenario
{
    public string Name => "api-fanout";

    public string Description => "25x25x25 fan-out in process: plan vs per-field over POCOs vs N+1 over the store, with phases [rounds=30] [reps=10]";

    public async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0]) : 30;
        var reps = args.Length > 1 ? int.Parse(args[1]) : 10;
        TimedPlanExecutor? timed = null;
        var build = Stopwatch.StartNew();
        await using var fixture = await FanOutFixture.CreateAsync(inner => timed = new TimedPlanExecutor(inner));
        var (fields, bytes) = await fixture.VerifyAsync();
        Console.WriteLine($"graph: {fixture.Store.Model.Labels.Count} labels, built in {build.Elapsed.TotalSeconds:0.0} s; "
            + $"fan-out: {fields:N0} resolved fields, {bytes:N0} response bytes, identical on all paths");

        var paths = new (string Name, GraphQLRunner Runner, List<double> Ms)[]
        {
            ("control: per-field over POCOs", fixture.Poco, []),
            ("plan over the store", fixture.Plan, []),
            ("N+1: per-field over the store", fixture.Naive, []),
        };
        var phases = new List<(double Execute, double Store, double Serialize)>();
        var floor = new List<double>();

        // Warm-up: tiered JIT and PGO settle before anything is recorded.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(10))
        {
            foreach (var path in paths)
            {
                await path.Runner.RunAsync(FanOutQuery.Text);
            }
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var (_, runner, ms) in paths)
            {
                for (var i = 0; i < reps; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    await runner.RunAsync(FanOutQuery.Text);
                    ms.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
            }

            for (var i = 0; i < reps; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var result = await fixture.Plan.ExecuteAsync(FanOutQuery.Text);
                var executed = Stopwatch.GetTimestamp();
                await fixture.Plan.SerializeAsync(result);
                phases.Add((Stopwatch.GetElapsedTime(start, executed).TotalMilliseconds, timed!.Last.TotalMilliseconds, Stopwatch.GetElapsedTime(executed).TotalMilliseconds));

                start = Stopwatch.GetTimestamp();
                await fixture.Plan.RunAsync("{ __typename }");
                floor.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        Console.WriteLine($"{rounds} interleaved rounds x {reps} runs per path; medians (p10-p90)");
        var control = Median(paths[0].Ms);
        foreach (var (name, _, ms) in paths)
        {
            var median = Median(ms);
            Console.WriteLine($"{name,-32} {median,8:0.000} ms ({Percentile(ms, 0.1):0.000}-{Percentile(ms, 0.9):0.000})"
                + $"  {median * 1000 / fields,6:0.000} us/field  control/this {control / median,5:0.00}x");
        }

        Console.WriteLine($"N+1 / plan: {Median(paths[2].Ms) / Median(paths[1].Ms):0.00}x");
        var execute = Median(phases.Select(p => p.Execute).ToList());
        var store = Median(phases.Select(p => p.Store).ToList());
        Console.WriteLine("plan path phases (medians):");
        Console.WriteLine($"  {{ __typename }} whole request     {Median(floor),8:0.000} ms  (fixed cost: executer, cached document, complexity analysis)");
        Console.WriteLine($"  executer, excluding store        {execute - store,8:0.000} ms  (cached parse/validate, complexity analysis, plan build)");
        Console.WriteLine($"  store: run plan, write data JSON {store,8:0.000} ms");
        Console.WriteLine($"  serialize response               {Median(phases.Select(p => p.Serialize).ToList()),8:0.000} ms  (copies the rendered data)");
        return 0;
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(p * (sorted.Count - 1))];
    }
}
