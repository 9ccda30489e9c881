using System.Diagnostics;
using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.Store;

/// <summary>
/// Durable bulk import of the generated graph into the embedded store (synchronous=FULL, WAL,
/// one transaction per 100k-operation batch), against raw multi-row INSERTs of the same rows.
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

        Console.WriteLine($"Generating {nodes:N0} nodes and {relationships:N0} relationships...");
        var batches = StoreBenchData.Generate(model, nodes, relationships);
        var control = new RawSqliteControl(model, batches);

        var watch = Stopwatch.StartNew();
        control.Import(controlPath);
        var controlTime = watch.Elapsed;

        watch.Restart();
        await using (var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = storePath }))
        {
            foreach (var batch in batches)
            {
                await store.WriteAsync(batch);
            }
        }

        var storeTime = watch.Elapsed;
        var operations = nodes + relationships;
        Console.WriteLine($"store   : {storeTime.TotalSeconds,7:0.00} s  {StoreBenchData.Rate(relationships, storeTime)} rels (all {StoreBenchData.Rate(operations, storeTime)} rows)");
        Console.WriteLine($"control : {controlTime.TotalSeconds,7:0.00} s  {StoreBenchData.Rate(relationships, controlTime)} rels (all {StoreBenchData.Rate(operations, controlTime)} rows)");
        Console.WriteLine($"store / control time: {storeTime / controlTime:0.00}x");
        Console.WriteLine($"file sizes: store {new FileInfo(storePath).Length / 1e6:0} MB, control {new FileInfo(controlPath).Length / 1e6:0} MB");
        return 0;
    }
}
