using System.Diagnostics;
using CoopGraph.Seed;
using CoopGraph.Storage;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Writes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopGraph.Benchmarks.Writes;

/// <summary>
/// For telling where a change set's time goes: the same 1,000 writes as one batch straight into an embedded store in
/// this process (seeded, on its own file, synchronous=FULL), with no HTTP and no GraphQL. The gap between this and
/// applyChanges is the request's cost; the gap between this and the raw transaction is the store's.
/// </summary>
internal sealed class DirectStoreChangeSet : IAsyncDisposable
{
    private static readonly SourceRef[] Sources = [new("source:quang-ninh-and-hokkaido-sign-cooperation-agreement", "Ha Long city")];

    private readonly EmbeddedGraphStore _store;

    private DirectStoreChangeSet(EmbeddedGraphStore store) => _store = store;

    public static async Task<DirectStoreChangeSet> OpenAsync(string path)
    {
        var store = await EmbeddedGraphStore.OpenAsync(BenchRepository.LoadModel(), new EmbeddedStoreOptions { DataPath = path });
        await new SeedImporter(store, NullLogger<SeedImporter>.Instance).ImportFolderAsync(Path.Combine(BenchRepository.Root, "seed"));
        return new DirectStoreChangeSet(store);
    }

    public async Task<TimeSpan> WriteAsync(string name, int people)
    {
        var writes = new List<GraphWrite>(people * 2);
        for (var i = 0; i < people; i++)
        {
            var key = $"{name}-{i}";
            writes.Add(new NodeWrite(
                "person:bench-" + key,
                "Person",
                new Dictionary<string, object?> { ["name"] = "Bench " + key, ["description"] = "A person written by the write benchmark." },
                Sources) { CreateOnly = true });
        }

        for (var i = 0; i < people; i++)
        {
            writes.Add(new RelationshipWrite("MARRIED_TO", $"person:bench-{name}-{i}", $"person:bench-{name}-{(i + 1) % people}", new Dictionary<string, object?>(), Sources) { CreateOnly = true });
        }

        var started = Stopwatch.GetTimestamp();
        await _store.WriteAsync(new GraphBatch(writes));
        return Stopwatch.GetElapsedTime(started);
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
