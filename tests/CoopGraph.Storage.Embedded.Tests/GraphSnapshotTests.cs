using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage.Writes;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests;

public sealed class GraphSnapshotTests
{
    [Fact]
    public async Task A_snapshot_opened_before_a_write_does_not_see_it_and_one_opened_after_does()
    {
        await using var store = await OpenSeededAsync();
        using var before = store.OpenSnapshot();
        before.TryFindNode("city:hue", out var hue);

        await store.WriteAsync(Batch(
            City("vinh", "Vinh"),
            Road("hue", "vinh", 360),
            City("hue", "Huế", 700_000, "HU"),
            new DeleteRelationship("ROAD:city:hoi-an:city:da-nang")));
        using var after = store.OpenSnapshot();

        Assert.Equal(before.Version + 1, after.Version);
        Assert.False(before.TryFindNode("city:vinh", out _));
        Assert.True(after.TryFindNode("city:vinh", out var vinh));
        Assert.False(before.IsVisible(vinh));
        Assert.Equal((5, 3), (before.NodeCount, before.RelationshipCount));
        Assert.Equal((6, 3), (after.NodeCount, after.RelationshipCount));
        Assert.Equal((3, 4), (before.CountNodes(CityLabel), after.CountNodes(CityLabel)));
        var population = CityLabel.FindProperty("population")!;
        Assert.Equal((650_000L, 700_000L), ((long)before.GetProperty(hue, population)!, (long)after.GetProperty(hue, population)!));
        Assert.Equal(0, before.GetDegree(hue, outgoing: true, RoadType));
        Assert.Equal(1, after.GetDegree(hue, outgoing: true, RoadType));
        Assert.True(before.TryFindRelationship("ROAD:city:hoi-an:city:da-nang", out _));
        Assert.False(after.TryFindRelationship("ROAD:city:hoi-an:city:da-nang", out _));
        Assert.Equal(["city:da-nang", "city:hoi-an", "city:hue"], before.ScanLabel(CityLabel).Select(before.GetNodeId).Order(StringComparer.Ordinal));
        Assert.Equal(4, after.ScanLabel(CityLabel).Count());
    }

    [Fact]
    public async Task Nodes_read_back_with_canonical_values_folded_strings_and_sources()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(new NodeWrite("city:tam-ky", "City",
            Properties(("name", "Tam Kỳ"), ("kind", "TOWN"), ("tags", new[] { "quang-nam" }), ("founded", "1906"), ("population", 120)),
            Cited)));
        using var snapshot = store.OpenSnapshot();

        Assert.True(snapshot.TryFindNode("city:tam-ky", out var node));
        Assert.Equal("City", snapshot.GetLabel(node).Name);
        Assert.Equal("Tam Kỳ", snapshot.GetProperty(node, CityLabel.FindProperty("name")!));
        Assert.Equal("tam ky", snapshot.GetFoldedString(node, CityLabel.FindProperty("name")!));
        Assert.Null(snapshot.GetFoldedString(node, CityLabel.FindProperty("code")!));
        Assert.Equal("TOWN", snapshot.GetProperty(node, CityLabel.FindProperty("kind")!));
        Assert.Equal(new object[] { "quang-nam" }, snapshot.GetProperty(node, CityLabel.FindProperty("tags")!));
        Assert.Equal(new PartialDate(1906), snapshot.GetProperty(node, CityLabel.FindProperty("founded")!));
        Assert.Equal(120L, snapshot.GetProperty(node, CityLabel.FindProperty("population")!));
        Assert.Equal(Cited, snapshot.GetNodeSources(node));
    }

    [Fact]
    public async Task Adjacency_is_grouped_by_type_and_symmetric()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(InCountryOf("da-nang", "vietnam"), Road("da-nang", "hoi-an", 31)));
        using var snapshot = store.OpenSnapshot();
        snapshot.TryFindNode("city:da-nang", out var daNang);

        var all = snapshot.GetAdjacency(daNang, outgoing: true).ToArray();
        var roads = snapshot.GetAdjacency(daNang, outgoing: true, RoadType).ToArray();
        var countries = snapshot.GetAdjacency(daNang, outgoing: true, InCountryType).ToArray();

        Assert.Equal(3, all.Length);
        Assert.Equal(all.OrderBy(e => e.Relationship), roads.Concat(countries).OrderBy(e => e.Relationship));
        var firstGroup = InCountryType.Ordinal < RoadType.Ordinal ? countries : roads;
        Assert.Equal(firstGroup, all.Take(firstGroup.Length));
        Assert.Equal(roads.OrderBy(e => e.Neighbour), roads);
        foreach (var entry in all)
        {
            Assert.Equal(daNang, snapshot.GetStart(entry.Relationship));
            Assert.Equal(entry.Neighbour, snapshot.GetEnd(entry.Relationship));
            Assert.Contains(new AdjacencyEntry(daNang, entry.Relationship), snapshot.GetAdjacency(entry.Neighbour, outgoing: false).ToArray());
        }

        Assert.Equal(2, snapshot.GetDegree(daNang, outgoing: true, RoadType));
        Assert.Equal(1, snapshot.GetDegree(daNang, outgoing: false, null));
    }

    [Fact]
    public async Task Relationship_ids_are_derived_and_found_again()
    {
        await using var store = await OpenSeededAsync();
        using var snapshot = store.OpenSnapshot();

        Assert.True(snapshot.TryFindRelationship("ROAD:city:hoi-an:city:da-nang", out var road));
        Assert.Equal("ROAD:city:hoi-an:city:da-nang", snapshot.GetRelationshipId(road));
        Assert.Equal(RoadType, snapshot.GetRelationshipType(road));
        Assert.Equal(30.0, snapshot.GetRelationshipProperty(road, RoadType.Properties!.FindProperty("km")!));
        Assert.Equal(Cited, snapshot.GetRelationshipSources(road));
        Assert.False(snapshot.TryFindRelationship("ROAD:city:da-nang:city:hoi-an", out _));
        Assert.False(snapshot.TryFindRelationship("not an id", out _));
    }

    [Fact]
    public async Task Scans_are_ascending_and_skip_deleted_nodes()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(new DeleteNode("city:da-nang", Detach: true)));
        using var snapshot = store.OpenSnapshot();

        var cities = snapshot.ScanLabel(CityLabel).ToArray();
        var all = snapshot.ScanAll().ToArray();

        Assert.Equal(cities.Order(), cities);
        Assert.Equal(2, cities.Length);
        Assert.Equal(4, all.Length);
        Assert.Equal(all.Order(), all);
        Assert.All(all, n => Assert.True(snapshot.IsVisible(n)));
    }

    [Fact]
    public async Task Find_by_property_checks_the_value_in_the_snapshot()
    {
        await using var store = await OpenSeededAsync();
        using var before = store.OpenSnapshot();
        await store.WriteAsync(Batch(City("hue", "Phu Xuan", 650_000, "HU")));
        using var after = store.OpenSnapshot();
        var name = CityLabel.FindProperty("name")!;

        Assert.Single(before.FindByProperty(CityLabel, name, "Huế"));
        Assert.Empty(after.FindByProperty(CityLabel, name, "Huế"));
        Assert.Single(after.FindByProperty(CityLabel, name, "Phu Xuan"));
        Assert.Empty(before.FindByProperty(CityLabel, name, "Phu Xuan"));
        Assert.Throws<ArgumentException>(() => after.FindByProperty(CityLabel, CityLabel.FindProperty("population")!, 1L));
    }

    [Fact]
    public async Task Reading_a_handle_that_is_not_live_fails_clearly()
    {
        await using var store = await OpenSeededAsync();
        using var snapshot = store.OpenSnapshot();
        Assert.False(snapshot.IsVisible(snapshot.NodeSlotCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => snapshot.GetLabel(snapshot.NodeSlotCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => snapshot.GetStart(-1));
    }

    [Fact]
    public async Task Export_reads_every_node_and_relationship_as_writes_that_recreate_the_graph()
    {
        await using var store = await OpenSeededAsync();
        var nodes = await store.ReadNodesAsync().ToListAsync();
        var relationships = await store.ReadRelationshipsAsync().ToListAsync();

        Assert.Equal(nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));
        Assert.Equal(5, nodes.Count);
        Assert.Equal(3, relationships.Count);

        var batch = new GraphBatch(nodes.Cast<GraphWrite>().Concat(relationships));
        Assert.True((await store.WriteAsync(batch)).ChangedNothing);
        await using var copy = await OpenAsync();
        var result = await copy.WriteAsync(batch);
        Assert.Equal((5, 3), (result.NodesCreated, result.RelationshipsCreated));
    }
}
