using CoopGraph.Storage.Writes;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests;

public sealed class EmbeddedGraphStoreWriteTests
{
    [Fact]
    public async Task Unknown_label_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new NodeWrite("town:x", "Town", Properties(("name", "x")), Cited));
        Assert.Contains(refused.Errors, e => e.Code == "UNKNOWN_LABEL");
    }

    [Fact]
    public async Task Unknown_property_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new NodeWrite("city:x", "City", Properties(("name", "x"), ("mayor", "y")), Cited));
        Assert.Equal("UNKNOWN_PROPERTY", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Wrong_value_type_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new NodeWrite("city:x", "City", Properties(("name", "x"), ("population", "many")), Cited));
        Assert.Equal("WRONG_TYPE", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Unknown_relationship_type_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new RelationshipWrite("FLIGHT", "city:hue", "city:hoi-an", Properties(), Cited));
        Assert.Equal("UNKNOWN_RELATIONSHIP_TYPE", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Relationship_between_labels_the_type_does_not_join_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new RelationshipWrite("ROAD", "city:hue", "country:vietnam", Properties(), Cited));
        Assert.Equal("RELATIONSHIP_NOT_ALLOWED", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Relationship_to_a_missing_node_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, Road("hue", "nowhere"));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("DANGLING_END", error.Code);
        Assert.Contains("city:nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relationship_to_a_node_created_earlier_in_the_batch_is_accepted_but_not_one_created_later()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(City("vinh"), Road("hue", "vinh")));
        var refused = await RefusedAsync(store, Road("hue", "hanoi"), City("hanoi"));
        Assert.Equal("DANGLING_END", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task Duplicate_unique_value_against_the_store_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, City("hoi-an-2", code: "HA"));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("DUPLICATE_UNIQUE", error.Code);
        Assert.Contains("city:hoi-an", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_unique_value_within_one_batch_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, City("a", code: "ZZ"), City("b", code: "ZZ"));
        Assert.Equal("DUPLICATE_UNIQUE", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task A_unique_value_may_move_from_one_node_to_another_in_one_batch()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(City("hoi-an", "Hội An", 120_000, "XX"), City("tam-ky", code: "HA")));
        using var snapshot = store.OpenSnapshot();
        var holder = Assert.Single(snapshot.FindByProperty(CityLabel, CityLabel.FindProperty("code")!, "HA"));
        Assert.Equal("city:tam-ky", snapshot.GetNodeId(holder));
    }

    [Fact]
    public async Task Shared_non_unique_values_are_accepted()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(City("hue-2", "Huế")));
        using var snapshot = store.OpenSnapshot();
        Assert.Equal(2, snapshot.FindByProperty(CityLabel, CityLabel.FindProperty("name")!, "Huế").Count());
    }

    [Fact]
    public async Task A_source_that_is_not_stored_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, City("x") with { Sources = [new SourceRef("source:rumour", "they say")] });
        var error = Assert.Single(refused.Errors);
        Assert.Equal("UNKNOWN_SOURCE", error.Code);
        Assert.Contains("source:rumour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_node_may_cite_itself_and_be_cited_in_its_own_batch()
    {
        await using var store = await OpenAsync();
        var result = await store.WriteAsync(Batch(City("x"), Source()));
        Assert.Equal(2, result.NodesCreated);
    }

    [Fact]
    public async Task A_missing_source_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, City("x") with { Sources = [] });
        Assert.Equal("MISSING_SOURCE", Assert.Single(refused.Errors).Code);
    }

    [Theory]
    [InlineData("city:Hoi An")]
    [InlineData("hoi-an")]
    [InlineData("country:hoi-an")]
    public async Task A_bad_id_is_refused(string id)
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, City("x") with { Id = id });
        Assert.Contains(refused.Errors, e => e.Code == "BAD_ID");
    }

    [Fact]
    public async Task Every_error_of_a_batch_is_reported_and_nothing_is_stored()
    {
        await using var store = await OpenSeededAsync();
        var version = store.Version;
        var refused = await RefusedAsync(store,
            City("fine"),
            new NodeWrite("town:x", "Town", Properties(), Cited),
            Road("hue", "nowhere"),
            City("dup", code: "HA"),
            new DeleteNode("city:ghost"));

        Assert.Equal(["UNKNOWN_LABEL", "DANGLING_END", "DUPLICATE_UNIQUE", "NOT_FOUND"], refused.Errors.Select(e => e.Code));
        Assert.Equal([1, 2, 3, 4], refused.Errors.Select(e => e.OperationIndex));
        Assert.Equal(version, store.Version);
        using var snapshot = store.OpenSnapshot();
        Assert.False(snapshot.TryFindNode("city:fine", out _));
    }

    [Fact]
    public async Task Writing_the_same_batch_twice_changes_nothing_the_second_time()
    {
        await using var store = await OpenAsync();
        var batch = Batch(Source(), City("a", population: 5), City("b"), Road("a", "b", 2.5));
        var first = await store.WriteAsync(batch);
        var second = await store.WriteAsync(batch);

        Assert.False(first.ChangedNothing);
        Assert.True(second.ChangedNothing);
        Assert.Equal(3, second.NodesUnchanged);
        Assert.Equal(1, second.RelationshipsUnchanged);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(first.Version, store.Version);
    }

    [Fact]
    public async Task Writing_a_node_again_replaces_its_properties_and_counts_an_update()
    {
        await using var store = await OpenSeededAsync();
        var result = await store.WriteAsync(Batch(City("hue", "Huế")));
        Assert.Equal(1, result.NodesUpdated);
        using var snapshot = store.OpenSnapshot();
        snapshot.TryFindNode("city:hue", out var hue);
        Assert.Null(snapshot.GetProperty(hue, CityLabel.FindProperty("population")!));
        Assert.Equal(1, snapshot.GetDegree(hue, outgoing: false, RoadType));
    }

    [Fact]
    public async Task Writing_a_relationship_again_replaces_its_properties()
    {
        await using var store = await OpenSeededAsync();
        var result = await store.WriteAsync(Batch(Road("da-nang", "hue", 101)));
        Assert.Equal(1, result.RelationshipsUpdated);
        using var snapshot = store.OpenSnapshot();
        Assert.True(snapshot.TryFindRelationship("ROAD:city:da-nang:city:hue", out var road));
        Assert.Equal(101.0, snapshot.GetRelationshipProperty(road, RoadType.Properties!.FindProperty("km")!));
        Assert.Equal(3, snapshot.RelationshipCount);
    }

    [Fact]
    public async Task Deleting_a_node_with_relationships_needs_detach()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new DeleteNode("city:da-nang"));
        Assert.Equal("HAS_RELATIONSHIPS", Assert.Single(refused.Errors).Code);

        var result = await store.WriteAsync(Batch(new DeleteNode("city:da-nang", Detach: true)));

        Assert.Equal((1, 2), (result.NodesDeleted, result.RelationshipsDeleted));
        using var snapshot = store.OpenSnapshot();
        Assert.False(snapshot.TryFindNode("city:da-nang", out _));
        snapshot.TryFindNode("city:hoi-an", out var hoiAn);
        Assert.Equal(0, snapshot.GetDegree(hoiAn, outgoing: true, RoadType));
        Assert.Equal(1, snapshot.RelationshipCount);
        Assert.Equal(2, snapshot.CountNodes(CityLabel));
    }

    [Fact]
    public async Task A_node_whose_relationships_are_deleted_earlier_in_the_batch_may_be_deleted_without_detach()
    {
        await using var store = await OpenSeededAsync();
        await store.WriteAsync(Batch(
            new DeleteRelationship("ROAD:city:da-nang:city:hue"),
            new DeleteNode("city:hue")));
        using var snapshot = store.OpenSnapshot();
        Assert.False(snapshot.TryFindNode("city:hue", out _));
    }

    [Fact]
    public async Task Detach_also_removes_relationships_created_earlier_in_the_batch()
    {
        await using var store = await OpenSeededAsync();
        var result = await store.WriteAsync(Batch(City("vinh"), Road("hue", "vinh"), new DeleteNode("city:vinh", Detach: true)));
        Assert.True(result.ChangedNothing);
        using var snapshot = store.OpenSnapshot();
        snapshot.TryFindNode("city:hue", out var hue);
        Assert.Equal(0, snapshot.GetDegree(hue, outgoing: true, null));
    }

    [Fact]
    public async Task Deleting_what_does_not_exist_is_refused()
    {
        await using var store = await OpenSeededAsync();
        var refused = await RefusedAsync(store, new DeleteNode("city:ghost"), new DeleteRelationship("ROAD:city:hue:city:hoi-an"));
        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], refused.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task A_deleted_node_can_be_created_again_and_keeps_its_handle()
    {
        await using var store = await OpenSeededAsync();
        int before;
        using (var snapshot = store.OpenSnapshot())
        {
            snapshot.TryFindNode("city:hue", out before);
        }

        await store.WriteAsync(Batch(new DeleteNode("city:hue", Detach: true)));
        var result = await store.WriteAsync(Batch(City("hue", "Huế again")));

        Assert.Equal(1, result.NodesCreated);
        using var after = store.OpenSnapshot();
        Assert.True(after.TryFindNode("city:hue", out var handle));
        Assert.Equal(before, handle);
        Assert.Equal(0, after.GetDegree(handle, outgoing: false, null));
        Assert.Equal(3, after.CountNodes(CityLabel));
    }
}
