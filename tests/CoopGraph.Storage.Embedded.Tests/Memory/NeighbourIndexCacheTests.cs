using CoopGraph.Storage.Embedded.Memory;
using CitiesGraph = CoopGraph.Storage.Embedded.Tests.Traversal.TestGraph;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests.Memory;

public sealed class NeighbourIndexCacheTests
{
    [Fact]
    public async Task A_version_earns_its_index_once_it_has_read_as_many_relationships_as_it_holds()
    {
        await using var graph = await CitiesGraph.CreateAsync("a ROAD b\nb ROAD c");
        var cache = new NeighbourIndexCache();
        var version = graph.Snapshot.Version;
        Assert.False(cache.Charge(version, 5, 10));
        Assert.True(cache.Charge(version, 5, 10));
        Assert.False(cache.Charge(version, 100, 10));
        Assert.Null(cache.Find(version));
        cache.Finish(NeighbourIndex.Build(graph.Snapshot));
        Assert.Same(cache.Find(version), cache.Find(version));
        Assert.NotNull(cache.Find(version));
        Assert.Null(cache.Find(version + 1));
        Assert.False(cache.Charge(version, 100, 10));
    }

    [Fact]
    public async Task A_failed_build_can_be_retried()
    {
        await using var graph = await CitiesGraph.CreateAsync("a ROAD b");
        var cache = new NeighbourIndexCache();
        Assert.True(cache.Charge(graph.Snapshot.Version, 10, 10));
        cache.Finish(null);
        Assert.True(cache.Charge(graph.Snapshot.Version, 1, 10));
    }

    [Fact]
    public async Task An_older_version_never_displaces_a_newer_one()
    {
        await using var graph = await CitiesGraph.CreateAsync("a ROAD b");
        var old = graph.Snapshot;
        await graph.Store.WriteAsync(new GraphBatch([
            new RelationshipWrite("ROAD", CitiesGraph.Id("b"), CitiesGraph.Id("a"), new Dictionary<string, object?>(), [new SourceRef("source:test", "later")]),
        ]));
        using var newer = graph.Store.OpenSnapshot();
        var cache = new NeighbourIndexCache();
        Assert.True(cache.Charge(newer.Version, 10, 10));
        Assert.False(cache.Charge(old.Version, 10, 10));
        var newerIndex = NeighbourIndex.Build(newer);
        cache.Finish(newerIndex);
        cache.Finish(NeighbourIndex.Build(old));
        Assert.Same(newerIndex, cache.Find(newer.Version));
        Assert.Null(cache.Find(old.Version));
        Assert.False(cache.Charge(old.Version, 10, 10));
    }
}
