using System.Diagnostics;
using CoopGraph.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.Store;

/// <summary>
/// Cold load of the file <c>store-import</c> wrote, against a plain reader loop over the same
/// rows, and the managed memory the loaded graph holds: per node (from a copy of the file
/// without relationships), per relationship (the rest), and the property payload within it.
/// </summary>
public sealed class StoreLoadScenario : IBenchScenario
{
    public string Name => "store-load";

    public string Description => "Cold load time and memory per node/relationship vs a plain SqliteDataReader loop [nodes] [rels] [folder]";

    public async Task<int> RunAsync(string[] args)
    {
        var (_, _, folder) = StoreBenchData.Arguments(args);
        var model = StoreBenchData.LoadModel();
        var storePath = Path.Combine(folder, "store.db");
        if (!File.Exists(storePath))
        {
            Console.Error.WriteLine($"No {storePath}: run store-import first.");
            return 1;
        }

        if (args.Length > 3 && args[3] == "nodes")
        {
            // Measured in its own process: a second store loaded in one process skews GC.GetTotalMemory.
            var nodesOnlyPath = NodesOnlyCopy(storePath, folder);
            var (_, nodeBytes, nodeCount, _, nodePayload, nodeRss) = await MeasureAsync(model, nodesOnlyPath);
            Console.WriteLine($"nodes only : {nodeBytes / 1e6:0} MB managed for {nodeCount:N0} nodes = {(double)nodeBytes / nodeCount:0} B/node"
                + $" = property payload {(double)nodePayload.Properties / nodeCount:0} B + id string {(double)nodePayload.Ids / nodeCount:0} B"
                + $" + structure {(double)(nodeBytes - nodePayload.Properties - nodePayload.Ids) / nodeCount:0} B");
            PrintRss(nodeRss, nodeCount, "node");
            return 0;
        }

        var watch = Stopwatch.StartNew();
        var rows = RawSqliteControl.Read(storePath);
        var controlTime = watch.Elapsed;
        var (loadTime, fullBytes, nodes, relationships, payload, rss) = await MeasureAsync(model, storePath);

        Console.WriteLine($"cold load  : {loadTime.TotalSeconds,6:0.00} s for {nodes:N0} nodes + {relationships:N0} relationships");
        Console.WriteLine($"control    : {controlTime.TotalSeconds,6:0.00} s reading the same {rows:N0} rows with a SqliteDataReader loop");
        Console.WriteLine($"load / control: {loadTime / controlTime:0.00}x");
        Console.WriteLine($"memory     : {fullBytes / 1e6:0} MB managed in all; property payload {payload.Properties / 1e6:0} MB, id strings {payload.Ids / 1e6:0} MB");
        PrintRss(rss, nodes + relationships, "node or relationship");
        Console.WriteLine("per node / per relationship: run again with the argument 'nodes' and subtract (nodes-only copy of the same file)");
        return 0;
    }

    private static string NodesOnlyCopy(string storePath, string folder)
    {
        var nodesOnlyPath = StoreBenchData.CopyDatabase(storePath, Path.Combine(folder, "nodes-only.db"));
        using (var connection = new SqliteConnection($"Data Source={nodesOnlyPath};Pooling=False"))
        {
            connection.Open();
            using var command = new SqliteCommand("DELETE FROM relationships", connection);
            command.ExecuteNonQuery();
        }

        return nodesOnlyPath;
    }

    /// <summary>
    /// The process's resident memory next to the managed figure: RSS also counts what the GC has
    /// reserved and not given back (free space between and after objects, the segments' slack), the
    /// runtime and JIT, native SQLite buffers, and the loader's garbage not yet returned to the OS.
    /// </summary>
    private static void PrintRss(ProcessMemory rss, long count, string per)
    {
        Console.WriteLine(
            $"process    : RSS {rss.Before / 1e6:0} MB before the load, {rss.After / 1e6:0} MB after it (grew {(rss.After - rss.Before) / 1e6:0} MB = {(double)(rss.After - rss.Before) / count:0} B per {per}); "
            + $"GC heap committed {rss.Committed / 1e6:0} MB, of it fragmented (free) {rss.Fragmented / 1e6:0} MB");
    }

    private static async Task<(TimeSpan Time, long Bytes, int Nodes, int Relationships, (long Properties, long Ids) Payload, ProcessMemory Rss)> MeasureAsync(Graph.Schema.Model.GraphModel model, string path)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var rssBefore = CurrentRss();
        var watch = Stopwatch.StartNew();
        var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = path });
        var time = watch.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        var rss = new ProcessMemory(rssBefore, CurrentRss(), info.TotalCommittedBytes, info.FragmentedBytes);
        using var snapshot = store.OpenSnapshot();
        var result = (time, after - before, snapshot.NodeCount, snapshot.RelationshipCount, PropertyPayload.Measure(store, snapshot), rss);
        await store.DisposeAsync();
        return result;
    }

    private static long CurrentRss()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private readonly record struct ProcessMemory(long Before, long After, long Committed, long Fragmented);
}
