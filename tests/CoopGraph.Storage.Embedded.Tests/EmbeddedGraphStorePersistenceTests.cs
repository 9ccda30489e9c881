using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Storage.Writes;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests;

public sealed class EmbeddedGraphStorePersistenceTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_reopened_store_holds_everything_that_was_committed()
    {
        List<NodeWrite> nodes;
        List<RelationshipWrite> relationships;
        long version;
        await using (var store = await OpenSeededAsync(_file.Path))
        {
            await store.WriteAsync(Batch(
                new NodeWrite("city:tam-ky", "City",
                    Properties(("name", "Tam Kỳ"), ("kind", "TOWN"), ("tags", new[] { "a", "b" }), ("founded", "1906-05"), ("population", 120)),
                    [new SourceRef("source:atlas", null, Inferred: true, Note: "from the map")]),
                Road("hoi-an", "tam-ky", 70.5),
                new DeleteNode("city:hue", Detach: true)));
            nodes = await store.ReadNodesAsync().ToListAsync();
            relationships = await store.ReadRelationshipsAsync().ToListAsync();
            version = store.Version;
        }

        await using var reopened = await OpenAsync(_file.Path);

        Assert.Equal(version, reopened.Version);
        Assert.Equal(Describe(nodes), Describe(await reopened.ReadNodesAsync().ToListAsync()));
        Assert.Equal(Describe(relationships), Describe(await reopened.ReadRelationshipsAsync().ToListAsync()));
        using var snapshot = reopened.OpenSnapshot();
        Assert.True(snapshot.TryFindNode("city:tam-ky", out var tamKy));
        Assert.Equal("tam ky", snapshot.GetFoldedString(tamKy, CityLabel.FindProperty("name")!));
        Assert.Equal(1, snapshot.GetDegree(tamKy, outgoing: false, RoadType));
        Assert.Single(snapshot.FindByProperty(CityLabel, CityLabel.FindProperty("code")!, "HA"));
        Assert.False(snapshot.TryFindNode("city:hue", out _));
        Assert.True((await reopened.WriteAsync(new GraphBatch(nodes.Cast<GraphWrite>().Concat(relationships)))).ChangedNothing);
    }

    [Fact]
    public async Task Writes_after_a_reopen_continue_the_graph()
    {
        await using (var store = await OpenSeededAsync(_file.Path))
        {
            await store.WriteAsync(Batch(new DeleteNode("city:hue", Detach: true)));
        }

        await using (var store = await OpenAsync(_file.Path))
        {
            var result = await store.WriteAsync(Batch(City("hue", "Huế"), City("vinh"), Road("hue", "vinh"), Road("da-nang", "hue")));
            Assert.Equal((2, 2), (result.NodesCreated, result.RelationshipsCreated));
        }

        await using var reopened = await OpenAsync(_file.Path);
        using var snapshot = reopened.OpenSnapshot();
        Assert.Equal((6, 4), (snapshot.NodeCount, snapshot.RelationshipCount));
        Assert.True(snapshot.TryFindRelationship("ROAD:city:da-nang:city:hue", out _));
    }

    [Fact]
    public async Task A_batch_refused_in_the_middle_keeps_nothing_in_memory_or_on_disk()
    {
        long version;
        await using (var store = await OpenSeededAsync(_file.Path))
        {
            version = store.Version;
            await RefusedAsync(store,
                City("vinh"),
                Road("hue", "vinh"),
                new DeleteNode("city:hoi-an", Detach: true),
                Road("hue", "ghost"),
                City("hanoi"));

            Assert.Equal(version, store.Version);
            using var snapshot = store.OpenSnapshot();
            Assert.False(snapshot.TryFindNode("city:vinh", out _));
            Assert.True(snapshot.TryFindNode("city:hoi-an", out _));
            Assert.Equal((5, 3), (snapshot.NodeCount, snapshot.RelationshipCount));
        }

        await using var reopened = await OpenAsync(_file.Path);
        using var after = reopened.OpenSnapshot();
        Assert.Equal(version, reopened.Version);
        Assert.False(after.TryFindNode("city:vinh", out _));
        Assert.True(after.TryFindNode("city:hoi-an", out _));
        Assert.Equal((5, 3), (after.NodeCount, after.RelationshipCount));
    }

    [Fact]
    public async Task A_stored_label_the_type_definitions_no_longer_have_stops_the_load_with_a_clear_error()
    {
        await using (await OpenSeededAsync(_file.Path))
        {
        }

        var withoutCountry = ModelCompiler.CompileOrThrow("""
            type Source @node { id: ID! @id title: String! @display file: String @unique }
            type City @node @plural(value: "cities") { id: ID! @id name: String! @display @index code: String @unique population: Int
              roads: [City!]! @relationship(type: "ROAD", direction: OUT, properties: "Road") }
            type Road @relationshipProperties { km: Float }
            """);
        var error = await Assert.ThrowsAsync<DataFileException>(() => OpenAsync(_file.Path, withoutCountry));
        Assert.Contains("country:vietnam", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_property_the_type_definitions_no_longer_have_stops_the_load_with_a_clear_error()
    {
        await using (await OpenSeededAsync(_file.Path))
        {
        }

        var withoutPopulation = ModelCompiler.CompileOrThrow(Sdl.Replace("population: Int", "", StringComparison.Ordinal));
        var error = await Assert.ThrowsAsync<DataFileException>(() => OpenAsync(_file.Path, withoutPopulation));
        Assert.Contains("has property 'population', which the type definitions no longer declare", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_relationship_to_a_missing_node_stops_the_load_with_a_clear_error()
    {
        await using (await OpenSeededAsync(_file.Path))
        {
        }

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE relationships SET end_slot = 999 WHERE slot = 0";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<DataFileException>(() => OpenAsync(_file.Path));
        Assert.Contains("joins node slots", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_domain_type_definitions_round_trip_through_the_file()
    {
        var model = DomainModel.Model;
        IReadOnlyList<SourceRef> sources = [new SourceRef("source:article-1", "the article")];
        var batch = new GraphBatch([
            new NodeWrite("source:article-1", "Source", Properties(("title", "Article"), ("file", "a.md"), ("publishedOn", "2023-11-16")), sources),
            new NodeWrite("country:vietnam", "Country", Properties(("name", "Việt Nam"), ("isoCode", "VN")), sources),
            new NodeWrite("province:quang-nam", "Province", Properties(("name", "Quảng Nam"), ("kind", "PROVINCE")), sources),
            new NodeWrite("province:nagasaki", "Province", Properties(("name", "Nagasaki"), ("kind", "PREFECTURE")), sources),
            new RelationshipWrite("IN_COUNTRY", "province:quang-nam", "country:vietnam", Properties(), sources),
            new RelationshipWrite("PARTNER_OF", "province:quang-nam", "province:nagasaki", Properties(("since", "2017"), ("status", "active")), sources),
        ]);
        await using (var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = _file.Path }))
        {
            await store.WriteAsync(batch);
        }

        await using var reopened = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = _file.Path });
        Assert.True((await reopened.WriteAsync(batch)).ChangedNothing);
        using var snapshot = reopened.OpenSnapshot();
        var province = model.FindLabel("Province")!;
        var found = Assert.Single(snapshot.FindByProperty(province, province.FindProperty("name")!, "Quảng Nam"));
        Assert.Equal("quang nam", snapshot.GetFoldedString(found, province.FindProperty("name")!));
        Assert.True(snapshot.TryFindRelationship("PARTNER_OF:province:quang-nam:province:nagasaki", out var partner));
        var since = model.FindRelationshipType("PARTNER_OF")!.Properties!.FindProperty("since")!;
        Assert.Equal("2017", snapshot.GetRelationshipProperty(partner, since)!.ToString());
    }

    [Fact]
    public async Task Batches_larger_than_one_statement_survive_a_restart_whole()
    {
        // 150 nodes and 149 roads span full multi-row statements and a partial last one; the
        // deletes span several delete statements.
        var cities = Enumerable.Range(0, 150).Select(i => City($"c{i}", $"City {i}", i, $"C{i}")).ToArray();
        var roads = Enumerable.Range(1, 149).Select(i => Road($"c{i - 1}", $"c{i}", i)).ToArray();
        List<NodeWrite> nodes;
        List<RelationshipWrite> relationships;
        await using (var store = await OpenSeededAsync(_file.Path))
        {
            await store.WriteAsync(Batch([.. cities, .. roads]));
            await store.WriteAsync(Batch([.. Enumerable.Range(1, 40).Select(i => new DeleteRelationship($"ROAD:city:c{i - 1}:city:c{i}"))]));
            nodes = await store.ReadNodesAsync().ToListAsync();
            relationships = await store.ReadRelationshipsAsync().ToListAsync();
        }

        await using var reopened = await OpenAsync(_file.Path);

        Assert.Equal(155, nodes.Count);
        Assert.Equal(112, relationships.Count);
        Assert.Equal(Describe(nodes), Describe(await reopened.ReadNodesAsync().ToListAsync()));
        Assert.Equal(Describe(relationships), Describe(await reopened.ReadRelationshipsAsync().ToListAsync()));
    }

    private static string[] Describe(IEnumerable<GraphWrite> writes) => writes.Select(Describe).ToArray();

    private static string Describe(GraphWrite write) => write switch
    {
        NodeWrite n => $"{n.Id} {n.Label} {Values(n.Properties)} {string.Join(";", n.Sources)}",
        RelationshipWrite r => $"{r.Id} {Values(r.Properties)} {string.Join(";", r.Sources)}",
        _ => write.ToString()!,
    };

    private static string Values(IReadOnlyDictionary<string, object?> properties) =>
        string.Join(",", properties.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={(p.Value is object[] list ? string.Join("|", list) : p.Value)}"));
}
