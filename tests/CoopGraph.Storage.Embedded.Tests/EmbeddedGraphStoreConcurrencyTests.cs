using CoopGraph.Storage.Writes;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests;

public sealed class EmbeddedGraphStoreConcurrencyTests
{
    private const int Cities = 40;

    [Fact]
    public async Task Readers_never_see_a_torn_graph_while_a_writer_adds_and_removes()
    {
        await using var store = await OpenAsync();
        await store.WriteAsync(Batch([Source(), .. Enumerable.Range(0, Cities).Select(i => City($"c{i}"))]));
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => ReadUntil(store, stop.Token))).ToArray();

        var random = new Random(7);
        for (var round = 0; round < 150; round++)
        {
            var batch = new GraphBatch();
            for (var i = 0; i < 8; i++)
            {
                var from = random.Next(Cities);
                var to = random.Next(Cities);
                batch.Add(Road($"c{from}", $"c{to}", round));
            }

            batch.Add(new DeleteNode($"city:c{random.Next(Cities)}", Detach: true));
            batch.Add(City($"c{random.Next(Cities)}", population: round));
            await WriteWithoutRefusedAsync(store, batch);
        }

        await stop.CancelAsync();
        var checkedSnapshots = await Task.WhenAll(readers);
        Assert.All(checkedSnapshots, count => Assert.True(count > 0));
    }

    private static async Task WriteWithoutRefusedAsync(EmbeddedGraphStore store, GraphBatch batch)
    {
        try
        {
            await store.WriteAsync(batch);
        }
        catch (GraphWriteException refused) when (refused.Errors.All(e => e.Code is "DANGLING_END" or "NOT_FOUND"))
        {
            // Roads to and deletes of cities deleted in an earlier round are refused; the rest still goes in.
            await store.WriteAsync(new GraphBatch(batch.Operations.Where((_, i) => refused.Errors.All(e => e.OperationIndex != i))));
        }
    }

    /// <summary>Checks invariants on snapshot after snapshot; returns how many it checked.</summary>
    private static int ReadUntil(EmbeddedGraphStore store, CancellationToken stop)
    {
        var checkedSnapshots = 0;
        while (!stop.IsCancellationRequested || checkedSnapshots == 0)
        {
            using var snapshot = store.OpenSnapshot();
            var relationships = 0;
            foreach (var node in snapshot.ScanAll())
            {
                foreach (var entry in snapshot.GetAdjacency(node, outgoing: true))
                {
                    relationships++;
                    Assert.True(snapshot.IsVisible(entry.Neighbour));
                    Assert.Equal(node, snapshot.GetStart(entry.Relationship));
                    Assert.Equal(entry.Neighbour, snapshot.GetEnd(entry.Relationship));
                    Assert.Contains(new AdjacencyEntry(node, entry.Relationship), snapshot.GetAdjacency(entry.Neighbour, outgoing: false).ToArray());
                }
            }

            Assert.Equal(snapshot.RelationshipCount, relationships);
            Assert.Equal(snapshot.NodeCount, snapshot.ScanAll().Count());
            checkedSnapshots++;
        }

        return checkedSnapshots;
    }

    [Fact]
    public async Task Pruning_version_chains_does_not_break_an_old_reader()
    {
        await using var store = await OpenSeededAsync();
        var population = CityLabel.FindProperty("population")!;
        using var old = store.OpenSnapshot();
        old.TryFindNode("city:hue", out var hue);

        for (var i = 0; i < 20; i++)
        {
            await store.WriteAsync(Batch(City("hue", "Huế", 1000 + i, "HU"), Road("hue", "hoi-an", i)));
        }

        Assert.Equal(650_000L, old.GetProperty(hue, population));
        Assert.Equal(0, old.GetDegree(hue, outgoing: true, RoadType));
        using (var middle = store.OpenSnapshot())
        {
            Assert.Equal(1019L, middle.GetProperty(hue, population));
        }

        old.Dispose();
        await store.WriteAsync(Batch(City("hue", "Huế", 5, "HU")));
        using var latest = store.OpenSnapshot();
        Assert.Equal(5L, latest.GetProperty(hue, population));
    }

    [Fact]
    public async Task Versions_no_reader_holds_are_pruned()
    {
        await using var store = await OpenSeededAsync();
        var held = store.OpenSnapshot();
        await store.WriteAsync(Batch(City("hue", "Huế", 1, "HU")));
        await store.WriteAsync(Batch(City("hue", "Huế", 2, "HU")));
        var memory = store.Memory;
        Assert.True(memory.PendingPrunes > 0);

        held.Dispose();
        await store.WriteAsync(Batch(City("hoi-an", "Hội An", 3, "HA")));

        Assert.Equal(0, memory.PendingPrunes);
        memory.TryFindSlot("city:hue", out var hue);
        Assert.Null(memory.Nodes[hue]!.Previous);
    }
}
