using System.Diagnostics;
using System.Globalization;

namespace CoopGraph.Benchmarks.Writes;

/// <summary>
/// Acknowledged durable writes over HTTP on the embedded store (the real server as a process on a temporary data file,
/// synchronous=FULL) with 1, 8 and 32 concurrent clients, each against raw SQLite with one transaction per row run just
/// before it; and an applyChanges of 1,000 items against one raw transaction of the same rows. Store and control
/// alternate within each round so a change in machine load hits both alike; ratios are medians over the rounds.
/// </summary>
public sealed class WriteThroughputScenario : IBenchScenario
{
    private const int ChangeSetPeople = 500;
    private static readonly int[] ClientCounts = [1, 8, 32];

    public string Name => "write-throughput";

    public string Description => "Durable single-fact mutations/s over HTTP (1, 8, 32 clients) and a 1,000-item applyChanges vs raw SQLite [seconds] [rounds] [--fsyncs]";

    public async Task<int> RunAsync(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        var duration = TimeSpan.FromSeconds(numbers.Count > 0 ? numbers[0] : 3);
        var rounds = numbers.Count > 1 ? numbers[1] : 5;
        var traceFsyncs = args.Contains("--fsyncs");
        if (Environment.ProcessorCount >= 2 && OperatingSystem.IsLinux())
        {
            // The server runs on CPU 0; the clients and the control share CPU 1.
            Process.GetCurrentProcess().ProcessorAffinity = 2;
        }

        var folder = Directory.CreateTempSubdirectory("coopgraph-write-bench-");
        try
        {
            using var server = await WriteServerProcess.StartAsync(Path.Combine(folder.FullName, "store.db"), traceFsyncs ? Path.Combine(folder.FullName, "fsyncs.log") : null);
            using var control = new RawSqliteWriteControl(Path.Combine(folder.FullName, "control.db"));
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
            Console.WriteLine($"write-throughput: {duration.TotalSeconds:0} s per run, {rounds} rounds{(traceFsyncs ? ", server under strace (fsync counts; slower)" : "")}");

            // Long enough for tiered compilation to reach the optimised code of the whole write path.
            await MutationLoad.RunAsync(http, "warm-1", 1, TimeSpan.FromSeconds(2));
            await MutationLoad.RunAsync(http, "warm-32", 32, TimeSpan.FromSeconds(3));
            control.WriteRows("warm", TimeSpan.FromSeconds(1));
            var single = await MeasureSingleFactsAsync(server, control, http, duration, rounds);
            var changeSets = await MeasureChangeSetsAsync(control, http, folder.FullName, rounds);
            Report(single, changeSets);
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<Dictionary<int, List<(LoadResult Control, LoadResult Store, long? Fsyncs)>>> MeasureSingleFactsAsync(
        WriteServerProcess server, RawSqliteWriteControl control, HttpClient http, TimeSpan duration, int rounds)
    {
        var runs = ClientCounts.ToDictionary(c => c, _ => new List<(LoadResult, LoadResult, long?)>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var clients in ClientCounts)
            {
                var controlRun = control.WriteRows($"r{round}-n{clients}", duration);
                var fsyncsBefore = server.Fsyncs;
                var storeRun = await MutationLoad.RunAsync(http, $"r{round}-n{clients}", clients, duration);
                var fsyncs = server.Fsyncs - fsyncsBefore;
                runs[clients].Add((controlRun, storeRun, fsyncs));
                Console.WriteLine($"round {round}, {clients,2} clients: control {controlRun.PerSecond,8:N0} rows/s, store {storeRun.PerSecond,8:N0} writes/s, "
                    + $"ratio {storeRun.PerSecond / controlRun.PerSecond:0.00}{(fsyncs is { } f ? $", {storeRun.Writes / (double)Math.Max(f, 1):0.0} writes per fsync" : "")}");
            }
        }

        return runs;
    }

    private static async Task<List<(TimeSpan Control, TimeSpan Direct, TimeSpan Store)>> MeasureChangeSetsAsync(
        RawSqliteWriteControl control, HttpClient http, string folder, int rounds)
    {
        await using var direct = await DirectStoreChangeSet.OpenAsync(Path.Combine(folder, "direct.db"));

        // Tiered compilation again: the first change sets run the change-set path unoptimised, some ten times slower.
        for (var warm = 0; warm < 10; warm++)
        {
            control.WriteChangeSet($"set-warm-{warm}", ChangeSetPeople);
            await direct.WriteAsync($"set-warm-{warm}", ChangeSetPeople);
            await MutationLoad.ApplyChangeSetAsync(http, $"set-warm-{warm}", ChangeSetPeople);
        }

        var runs = new List<(TimeSpan, TimeSpan, TimeSpan)>();
        for (var round = 0; round < Math.Max(2 * rounds, 9); round++)
        {
            var controlTime = control.WriteChangeSet($"set-{round}", ChangeSetPeople);
            var directTime = await direct.WriteAsync($"set-{round}", ChangeSetPeople);
            var storeTime = await MutationLoad.ApplyChangeSetAsync(http, $"set-{round}", ChangeSetPeople);
            runs.Add((controlTime, directTime, storeTime));
            Console.WriteLine($"change set {round}: control {controlTime.TotalMilliseconds,7:0.0} ms, store in process {directTime.TotalMilliseconds,7:0.0} ms, "
                + $"applyChanges {storeTime.TotalMilliseconds,7:0.0} ms, ratio {controlTime / storeTime:0.00}");
        }

        return runs;
    }

    private static void Report(Dictionary<int, List<(LoadResult Control, LoadResult Store, long? Fsyncs)>> single, List<(TimeSpan Control, TimeSpan Direct, TimeSpan Store)> changeSets)
    {
        Console.WriteLine();
        Console.WriteLine("| clients | store writes/s | control rows/s | ratio (median of rounds; range) | store p50 ms | store p99 ms | control p50 ms | control p99 ms | target |");
        Console.WriteLine("|--:|--:|--:|--:|--:|--:|--:|--:|:--|");
        foreach (var (clients, runs) in single)
        {
            var store = LoadResult.Pooled(runs.Select(r => r.Store));
            var control = LoadResult.Pooled(runs.Select(r => r.Control));
            var ratios = runs.Select(r => r.Store.PerSecond / r.Control.PerSecond).ToList();
            var ratio = $"{LoadResult.Median(ratios):0.00}× ({ratios.Min():0.00}–{ratios.Max():0.00})";
            var target = clients switch { 1 => "≥ 0.7×", 32 => "≥ 5×, p99 < 50 ms", _ => "" };
            Console.WriteLine($"| {clients} | {LoadResult.Median(runs.Select(r => r.Store.PerSecond)):N0} | {LoadResult.Median(runs.Select(r => r.Control.PerSecond)):N0} | {ratio} "
                + $"| {LoadResult.Percentile(store, 50):0.0} | {LoadResult.Percentile(store, 99):0.0} | {LoadResult.Percentile(control, 50):0.0} | {LoadResult.Percentile(control, 99):0.0} | {target} |");
        }

        if (single.Values.SelectMany(r => r).All(r => r.Fsyncs is not null))
        {
            Console.WriteLine();
            Console.WriteLine("writes per fsync (server under strace): " + string.Join(", ", single.Select(s =>
                $"{s.Key} clients {s.Value.Sum(r => r.Store.Writes) / (double)Math.Max(1, s.Value.Sum(r => r.Fsyncs!.Value)):0.0}")));
        }

        var rows = ChangeSetPeople * 2;
        var storeTime = LoadResult.Median(changeSets.Select(r => r.Store.TotalMilliseconds));
        var controlTime = LoadResult.Median(changeSets.Select(r => r.Control.TotalMilliseconds));
        var directTime = LoadResult.Median(changeSets.Select(r => r.Direct.TotalMilliseconds));
        Console.WriteLine();
        Console.WriteLine($"| change set of {rows:N0} ({ChangeSetPeople} creates + {ChangeSetPeople} connects) | median ms | rows/s | ratio control time / store time (median of rounds) | target |");
        Console.WriteLine("|:--|--:|--:|--:|:--|");
        Console.WriteLine($"| applyChanges over HTTP | {storeTime:0.0} | {rows / storeTime * 1000:N0} | {LoadResult.Median(changeSets.Select(r => r.Control / r.Store)):0.00}× | ≥ 0.5× |");
        Console.WriteLine($"| the same writes as one batch into a store in process (no HTTP, no GraphQL) | {directTime:0.0} | {rows / directTime * 1000:N0} | {LoadResult.Median(changeSets.Select(r => r.Control / r.Direct)):0.00}× | |");
        Console.WriteLine($"| raw SQLite, one transaction | {controlTime:0.0} | {rows / controlTime * 1000:N0} | 1 | |");
    }
}
