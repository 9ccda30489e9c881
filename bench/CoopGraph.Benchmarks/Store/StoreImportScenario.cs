using System.Diagnostics;
using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.Store;

/// <summary>
/// Durable bulk import of the generated graph into the embedded store (synchronous=FULL, WAL,
/// one transaction per 100k-operation batch), against raw multi-row INSERTs of the same rows.
/// Batches are generated one at a time and each goes to the control and then to the store, so
/// both see the same machine load; generating and preparing rows is not timed.
/// </summary>
public sealed class StoreImportScenario : IBenchScenario
{
    public string Name => "store-import";

    public string Description => "Bulk import into the embedded store vs raw SQLite INSERT [nodes] [rels] [folder]";

    public async Task<int> RunAsync(string[] args)
    {
        var (nodes, relationships, folder) = StoreBenchData.Arguments(args);
        Directory.CreateDirectory(folder);
        var model = StoreBenchData.LoadModel();
        var storePath = Path.Combine(folder, "store.db");
        var controlPath = Path.Combine(folder, "control.db");
        StoreBenchData.DeleteDatabase(storePath);
        StoreBenchData.DeleteDatabase(controlPath);

        Console.WriteLine($"Importing {nodes:N0} nodes and {relationships:N0} relationships...");
        var storeWatch = new Stopwatch();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        using (var control = new RawSqliteControl(model, controlPath))
        {
            await using (var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = storePath }))
            {
                foreach (var batch in StoreBenchData.Generate(model, nodes, relationships))
                {
                    control.Import(batch);
                    storeWatch.Start();
                    await store.WriteAsync(batch);
                    storeWatch.Stop();
                }
            }

            Report(nodes, relationships, storeWatch.Elapsed, control.Elapsed);
        }

        Console.WriteLine($"GC during the run: {GC.CollectionCount(2) - gen2Before} gen2 collections, {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:0.00} s paused");
        Console.WriteLine($"file sizes: store {new FileInfo(storePath).Length / 1e6:0} MB, control {new FileInfo(controlPath).Length / 1e6:0} MB");
        return 0;
    }

    private static void Report(int nodes, int relationships, TimeSpan storeTime, TimeSpan controlTime)
    {
        var operations = nodes + relationships;
        Console.WriteLine($"store   : {storeTime.TotalSeconds,7:0.00} s  {StoreBenchData.Rate(relationships, storeTime)} rels (all {StoreBenchData.Rate(operations, storeTime)} rows)");
        Console.WriteLine($"control : {controlTime.TotalSeconds,7:0.00} s  {StoreBenchData.Rate(relationships, controlTime)} rels (all {StoreBenchData.Rate(operations, controlTime)} rows)");
        Console.WriteLine($"store / control time: {storeTime / controlTime:0.00}x");
    }
}
