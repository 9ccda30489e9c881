using System.Diagnostics;
using CoopGraph.Benchmarks.Api;
using CoopGraph.Benchmarks.Store;
using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.WholeGraph;

/// <summary>
/// Whole-graph requests through the API on the graph <c>store-import</c> wrote (1M nodes, 5M
/// relationships by default): each ranking and timeline window repeated with whole-graph results
/// kept per version, against the same request with nothing kept (WholeGraphCacheEntries 0, every
/// request computing from the records as before) in the same run; then concurrent betweenness
/// rankings with and without the MaxConcurrentHeavy bound.
/// </summary>
internal sealed partial class WholeGraphScenario : IBenchScenario
{
    public string Name => "whole-graph";

    public string Description => "Repeated rankings and timeline windows kept per version vs computed each time; concurrent betweenness under MaxConcurrentHeavy [folder] [concurrent] [limit] [repeats]";

    public async Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : "/tmp/coopgraph-bench";
        var concurrent = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
        var limit = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var repeats = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var storePath = Path.Combine(folder, "store.db");
        if (!File.Exists(storePath))
        {
            Console.Error.WriteLine($"No {storePath}: run store-import first.");
            return 1;
        }

        var model = StoreBenchData.LoadModel();
        var clock = Stopwatch.StartNew();
        var datedPath = DatedCopy.Create(model, storePath, folder);
        Console.WriteLine($"dated copy of the graph written in {clock.Elapsed.TotalSeconds:F1} s");
        clock.Restart();
        await using var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = datedPath });
        using (var snapshot = store.OpenSnapshot())
        {
            Console.WriteLine($"loaded {snapshot.NodeCount:N0} nodes + {snapshot.RelationshipCount:N0} relationships in {clock.Elapsed.TotalSeconds:F1} s");
        }

        var (computed, computedServices) = PlanApi.Create(store, settings: Settings(cacheEntries: 0, maxConcurrentHeavy: 0));
        var (kept, keptServices) = PlanApi.Create(store, settings: Settings(cacheEntries: null, maxConcurrentHeavy: 0));
        foreach (var (name, query, controlRuns) in Requests)
        {
            await RepeatedAsync(name, query, computed, kept, controlRuns, repeats);
        }

        await computedServices.DisposeAsync();
        await keptServices.DisposeAsync();
        await ConcurrentAsync(store, concurrent, limit);
        return 0;
    }

    private static readonly (string Name, string Query, int ControlRuns)[] Requests =
    [
        ("rank PAGERANK first 10", "{ rank(algorithm: PAGERANK, first: 10) { score node { id } } }", 3),
        ("rank DEGREE first 10", "{ rank(algorithm: DEGREE, first: 10) { score node { id } } }", 3),
        ("rank PAGERANK of Province first 10", """{ rank(labels: ["Province"], algorithm: PAGERANK, first: 10) { score node { id } } }""", 3),
        ("timeline window 1950 first 100", """{ timeline(from: "1950", to: "1950", first: 100) { date description entity { id } } }""", 3),
        ("timeline window 1950-03 first 100", """{ timeline(from: "1950-03", to: "1950-03", first: 100) { date description entity { id } } }""", 3),
        ("timeline window 1950-1959 first 10", """{ timeline(from: "1950", to: "1959", first: 10) { date description } }""", 3),
        ("timeline empty window 1700-1799", """{ timeline(from: "1700", to: "1799", first: 100) { date } }""", 3),
        ("timeline first 100, no window", "{ timeline(first: 100) { date description } }", 3),
        ("rank BETWEENNESS first 10", "{ rank(algorithm: BETWEENNESS, first: 10) { score node { id } } }", 1),
    ];

    /// <summary>The control first (computed on every call), then the kept side: its first call computes and keeps, the repeats read.</summary>
    private static async Task RepeatedAsync(string name, string query, GraphQLRunner computed, GraphQLRunner kept, int controlRuns, int repeats)
    {
        var control = new List<double>();
        for (var i = 0; i < controlRuns; i++)
        {
            control.Add(await TimeAsync(computed, query));
        }

        var controlAnswer = computed.LastResponse();
        var first = await TimeAsync(kept, query);
        var again = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            again.Add(await TimeAsync(kept, query));
        }

        var same = controlAnswer.AsSpan().SequenceEqual(kept.LastResponse());
        var controlMedian = Median(control);
        var repeatMedian = Median(again);
        Console.WriteLine(
            $"{name}: computed each time {controlMedian,9:F1} ms (median of {controlRuns}); kept: first {first,9:F1} ms, repeat median {repeatMedian:F3} ms, max {again.Max():F3} ms (of {repeats}); "
            + $"computed / kept repeat {controlMedian / repeatMedian:N0}x; same answer: {same}; {controlAnswer.Length:N0} B"
            + (controlAnswer.AsSpan().IndexOf("\"errors\""u8) >= 0 ? $" ERRORS: {System.Text.Encoding.UTF8.GetString(controlAnswer)[..Math.Min(300, controlAnswer.Length)]}" : string.Empty));
    }

    private static async Task<double> TimeAsync(GraphQLRunner runner, string query)
    {
        var clock = Stopwatch.StartNew();
        await runner.RunAsync(query);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static Dictionary<string, string?> Settings(int? cacheEntries, int maxConcurrentHeavy, TimeSpan? queueTimeout = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CoopGraph:Traversal:MaxConcurrentHeavy"] = maxConcurrentHeavy.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // The rankings here take longer than the default 30 s when they share the cores; the concurrent run keeps the default.
            ["CoopGraph:Api:RequestTimeout"] = "00:10:00",
        };
        if (cacheEntries is { } entries)
        {
            settings["CoopGraph:Traversal:WholeGraphCacheEntries"] = entries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (queueTimeout is { } wait)
        {
            settings["CoopGraph:Traversal:HeavyQueueTimeout"] = wait.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        return settings;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
