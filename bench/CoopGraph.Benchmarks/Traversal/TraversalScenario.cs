using System.Diagnostics;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Memory;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Benchmarks.Traversal;

/// <summary>
/// W3: k-hop counts, random-pair shortest paths and PageRank on a synthetic power-law graph,
/// the store's traversals against plain CSR BFS over the same graph in the same run, and the
/// k-hop counts again as SQLite recursive CTEs.
/// Arguments: [nodes] [relationships] [sqlite starts] [rounds] (defaults 1,000,000 10,000,000 5 5);
/// sqlite starts 0 skips SQLite. The k-hop counts are timed in several rounds, store and control
/// alternating, and the medians reported: the machine is shared, single runs are noisy.
/// </summary>
internal sealed class TraversalScenario : IBenchScenario
{
    public string Name => "traversal";

    public string Description => "k-hop counts, shortest paths and PageRank vs CSR BFS and SQLite CTEs (W3)";

    public Task<int> RunAsync(string[] args)
    {
        var nodes = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var relationships = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
        var sqliteStarts = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var clock = Stopwatch.StartNew();
        var graph = PowerLawGraph.Generate(nodes, relationships, skew: 2.5, seed: 42);
        Console.WriteLine($"graph: {graph.NodeCount:N0} nodes, {graph.Starts.Length:N0} relationships, built in {clock.Elapsed.TotalSeconds:F1} s (store memory via bulk loader + CSR)");

        var random = new Random(7);
        var hopStarts = Enumerable.Range(0, 40).Select(_ => random.Next(nodes)).ToArray();
        var pairs = Enumerable.Range(0, 300).Select(_ => (random.Next(nodes), random.Next(nodes))).ToArray();

        // Warm up both sides (JIT tiers, caches) before measuring.
        KHops(graph, hopStarts[..5], 3);
        KHops(graph, hopStarts[..5], 3);
        foreach (var depth in new[] { 2, 3 })
        {
            KHopRounds(graph, hopStarts, depth, rounds);
        }

        IndexBuildRun(graph);
        ShortestPathsRun(graph, pairs);
        PageRankRun(graph);
        if (sqliteStarts > 0)
        {
            SqliteRun(graph, hopStarts[..sqliteStarts]);
        }

        return Task.FromResult(0);
    }

    private static void KHopRounds(PowerLawGraph graph, int[] starts, int depth, int rounds)
    {
        var stores = new List<double>();
        var controls = new List<double>();
        var tights = new List<double>();
        var ratios = new List<double>();
        var tightRatios = new List<double>();
        long scanned = 0;
        var agree = true;
        for (var round = 0; round < rounds; round++)
        {
            var (store, control, tight, s, a) = KHops(graph, starts, depth);
            stores.Add(store.TotalMilliseconds);
            controls.Add(control.TotalMilliseconds);
            tights.Add(tight.TotalMilliseconds);
            ratios.Add(store / control);
            tightRatios.Add(store / tight);
            scanned = s;
            agree &= a;
            Console.WriteLine(
                $"  {depth}-hop round {round + 1}: store {store.TotalMilliseconds:F1} ms, control {control.TotalMilliseconds:F1} ms ({store / control:F2}x), "
                + $"control reusing visited {tight.TotalMilliseconds:F1} ms ({store / tight:F2}x)");
        }

        var storeMedian = Percentile(stores, 50);
        var controlMedian = Percentile(controls, 50);
        var tightMedian = Percentile(tights, 50);
        Console.WriteLine(
            $"{depth}-hop counts x{starts.Length}, median of {rounds}: store {storeMedian:F1} ms ({scanned / storeMedian / 1e3:F1} M rel/s), "
            + $"CSR control {controlMedian:F1} ms ({scanned / controlMedian / 1e3:F1} M rel/s), median store/control {Percentile(ratios, 50):F2}x; "
            + $"CSR control reusing visited {tightMedian:F1} ms ({scanned / tightMedian / 1e3:F1} M rel/s), median store/that {Percentile(tightRatios, 50):F2}x; counts agree: {agree}");
    }

    private static int[]? _controlMarks;
    private static int _controlStamp;

    private static (TimeSpan Store, TimeSpan Control, TimeSpan TightControl, long Scanned, bool Agree) KHops(PowerLawGraph graph, int[] starts, int depth)
    {
        var storeCounts = new int[starts.Length];
        var controlCounts = new int[starts.Length];
        long scanned = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < starts.Length; i++)
        {
            var budget = new TraversalBudget(long.MaxValue, CancellationToken.None);
            storeCounts[i] = Neighbourhood.Count(new Expansion(graph.Snapshot, budget, TraversalFilter.Any), starts[i], depth);
        }

        var store = clock.Elapsed;
        clock.Restart();
        for (var i = 0; i < starts.Length; i++)
        {
            (controlCounts[i], var s) = CsrControl.CountHops(graph.Offsets, graph.Targets, starts[i], depth);
            scanned += s;
        }

        var control = clock.Elapsed;
        _controlMarks ??= new int[graph.NodeCount];
        var tightCounts = new int[starts.Length];
        clock.Restart();
        for (var i = 0; i < starts.Length; i++)
        {
            (tightCounts[i], _) = CsrControl.CountHopsReusing(graph.Offsets, graph.Targets, starts[i], depth, _controlMarks, ++_controlStamp);
        }

        return (store, control, clock.Elapsed, scanned, storeCounts.SequenceEqual(controlCounts) && tightCounts.SequenceEqual(controlCounts));
    }

    /// <summary>What a version pays, once, for its neighbour index: the cost a write adds to the first traversals after it.</summary>
    private static void IndexBuildRun(PowerLawGraph graph)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            NeighbourIndex.Build(graph.Snapshot);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(
            $"neighbour index build (once per version, after its traversals read {graph.Snapshot.RelationshipCount:N0} relationships through the records): "
            + $"median of 3 {Percentile(times, 50):F0} ms; in use now: {graph.Snapshot.NeighbourIndex is not null}");
    }

    private static void ShortestPathsRun(PowerLawGraph graph, (int, int)[] pairs)
    {
        foreach (var (a, b) in pairs[..20])
        {
            ShortestPaths.Find(Expansion(graph), a, b, 6, 1);
        }

        var store = new List<double>();
        var control = new List<double>();
        var agree = 0;
        var found = 0;
        foreach (var (a, b) in pairs)
        {
            var clock = Stopwatch.StartNew();
            var paths = ShortestPaths.Find(Expansion(graph), a, b, 6, 1);
            store.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var length = CsrControl.ShortestLength(graph.Offsets, graph.Targets, a, b, 6);
            control.Add(clock.Elapsed.TotalMilliseconds);
            agree += (paths.Count == 0 ? -1 : paths[0].Length) == length ? 1 : 0;
            found += paths.Count;
        }

        Console.WriteLine(
            $"shortest paths x{pairs.Length} (maxDepth 6, {found} found, {agree} agree with control): store bidirectional p50 {Percentile(store, 50):F2} ms p99 {Percentile(store, 99):F2} ms; "
            + $"CSR one-sided BFS p50 {Percentile(control, 50):F2} ms p99 {Percentile(control, 99):F2} ms");
    }

    private static void PageRankRun(PowerLawGraph graph)
    {
        var clock = Stopwatch.StartNew();
        var compact = CompactGraph.Undirected(graph.Snapshot, null, long.MaxValue, CancellationToken.None);
        var build = clock.Elapsed;
        clock.Restart();
        var ranks = PageRank.Compute(compact, 20, 0.85, CancellationToken.None);
        Console.WriteLine($"PageRank 20 iterations: read graph {build.TotalSeconds:F2} s + iterate {clock.Elapsed.TotalSeconds:F2} s = {(build + clock.Elapsed).TotalSeconds:F2} s (sum {ranks.Sum():F6})");
    }

    private static void SqliteRun(PowerLawGraph graph, int[] starts)
    {
        var path = Path.Combine(Path.GetTempPath(), $"coopgraph-hops-{Environment.ProcessId}.db");
        var clock = Stopwatch.StartNew();
        using (var sqlite = SqliteHops.Create(path, graph.Starts, graph.Ends))
        {
            Console.WriteLine($"sqlite: {2L * graph.Starts.Length:N0} edge rows loaded and indexed in {clock.Elapsed.TotalSeconds:F1} s");
            foreach (var depth in new[] { 2, 3 })
            {
                clock.Restart();
                var sqlCounts = starts.Select(s => sqlite.Count(s, depth)).ToArray();
                var sql = clock.Elapsed;
                clock.Restart();
                var storeCounts = starts.Select(s => (long)Neighbourhood.Count(Expansion(graph), s, depth)).ToArray();
                var store = clock.Elapsed;
                Console.WriteLine(
                    $"{depth}-hop counts x{starts.Length}: sqlite CTE {sql.TotalMilliseconds:F0} ms, store {store.TotalMilliseconds:F0} ms, sqlite/store {sql / store:F1}x, counts agree: {sqlCounts.SequenceEqual(storeCounts)}");
            }
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static Expansion Expansion(PowerLawGraph graph) =>
        new(graph.Snapshot, new TraversalBudget(long.MaxValue, CancellationToken.None), new TraversalFilter(null, null, RelationshipDirection.Both));

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, sorted.Length * percentile / 100)];
    }
}
