using System.Net;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests;

public sealed class Neo4jGraphStoreTests
{
    [Fact]
    public async Task A_write_runs_in_one_explicit_transaction_facts_first_and_commits_the_version()
    {
        var handler = ScriptedTransactions.Handler();
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var result = await store.WriteAsync(Batches.Small());

        Assert.Equal(new WriteResult(4, 0, 0, 0, 2, 0, 0, 0, 1, result.ByName), result);
        Assert.Equal(6, result.ByName.Values.Sum(c => c.Created));
        var calls = handler.Requests.Select(r => r.Uri.AbsolutePath["/db/neo4j/query/v2".Length..]).ToArray();
        Assert.Equal("/tx", calls[0]);
        Assert.All(calls[1..^1], c => Assert.Equal("/tx/lyU", c));
        Assert.Equal("/tx/lyU/commit", calls[^1]);
        Assert.Contains(" AS fact", handler.Requests.ElementAt(1).Statement, StringComparison.Ordinal);
        Assert.Contains("SET m.version = coalesce(m.version, 0) + 1", handler.Requests.Last().Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_batch_rolls_back_and_reports_every_error()
    {
        var handler = ScriptedTransactions.Handler();
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var e = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch().Add(Batches.Source()).Add(Batches.Partner("quang-nam", "nagasaki"))));

        Assert.Equal(["DANGLING_END", "DANGLING_END"], e.Errors.Select(x => x.Code));
        Assert.Equal(HttpMethod.Delete, handler.Requests.Last().Method);
        Assert.DoesNotContain(handler.Requests, r => r.Statement?.Contains("MERGE", StringComparison.Ordinal) == true && !r.Statement.Contains("fact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Model_errors_are_reported_with_the_stored_graphs_and_nothing_is_written()
    {
        // As in the embedded store: the model's refusals and the resolver's, which needs the facts, come back together.
        var handler = ScriptedTransactions.Handler(ScriptedTransactions.Fact("node", "country:japan", stamp: ScriptedTransactions.Stamp(1)));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var e = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch()
            .Add(new NodeWrite("planet:mars", "Planet", new Dictionary<string, object?>(), Batches.Cited))
            .Add(Batches.Country() with { CreateOnly = true })));

        Assert.Equal([(0, "UNKNOWN_LABEL"), (1, "ALREADY_EXISTS")], e.Errors.Select(x => (x.OperationIndex, x.Code)));
        Assert.Equal(HttpMethod.Delete, handler.Requests.Last().Method);
        Assert.Equal(1, handler.Requests.Count(r => r.Statement is not null));
    }

    [Fact]
    public async Task Stored_facts_make_an_identical_write_unchanged()
    {
        var handler = ScriptedTransactions.Handler(
            ScriptedTransactions.Fact("node", "source:vnexpress-2023", same: true, sources: SourcesJson.Write(Batches.Source().Sources)),
            ScriptedTransactions.Fact("node", "country:japan", same: true, sources: SourcesJson.Write(Batches.Cited)));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var result = await store.WriteAsync(new GraphBatch().Add(Batches.Source()).Add(Batches.Country()));

        Assert.Equal(2, result.NodesUnchanged);
        Assert.True(result.ChangedNothing);
        Assert.Equal(3, handler.Count);
        Assert.Contains("OPTIONAL MATCH", handler.Requests.Last().Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsEmpty_is_one_read_round_trip()
    {
        var body = """{"data":{"fields":["empty"],"values":[[{"$type":"Boolean","_value":true}]]},"bookmarks":[]}""";
        var handler = new FakeNeo4jHandler(() => FakeNeo4jHandler.Json(HttpStatusCode.Accepted, body));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        Assert.True(await store.IsEmptyAsync());

        var request = Assert.Single(handler.Requests);
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal("RETURN NOT EXISTS { MATCH (n:`Country`|`Province`|`Source`) } AS empty", request.Statement);
    }

    [Fact]
    public async Task Read_back_gives_canonical_values_in_id_order()
    {
        const string provinces = """
            {"data":{"fields":["id","props"],"values":[[{"$type":"String","_value":"province:quang-nam"},
              {"$type":"Map","_value":{
                "id":{"$type":"String","_value":"province:quang-nam"},
                "name":{"$type":"String","_value":"Quảng Nam"},
                "__fold_name":{"$type":"String","_value":"quang nam"},
                "founded":{"$type":"String","_value":"1831-05"},
                "__sort_founded":{"$type":"Integer","_value":"18310500"},
                "population":{"$type":"Integer","_value":"9007199254740993"},
                "area":{"$type":"Float","_value":"10574.0"},
                "aliases":{"$type":"List","_value":[{"$type":"String","_value":"QN"}]},
                "__sources":{"$type":"String","_value":"[{\"source\":\"source:a\",\"quote\":null,\"inferred\":true,\"note\":\"implied\"}]"},
                "__source_ids":{"$type":"List","_value":[{"$type":"String","_value":"source:a"}]}}}]]},"bookmarks":[]}
            """;
        const string none = """{"data":{"fields":["id","props"],"values":[]},"bookmarks":[]}""";
        var handler = new FakeNeo4jHandler((request, _) => Task.FromResult(FakeNeo4jHandler.Json(HttpStatusCode.Accepted,
            request.Statement!.Contains("`Province`", StringComparison.Ordinal) ? provinces : none)));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var nodes = new List<NodeWrite>();
        await foreach (var node in store.ReadNodesAsync())
        {
            nodes.Add(node);
        }

        var province = Assert.Single(nodes);
        Assert.Equal(["name", "founded", "population", "area", "aliases"], province.Properties.Keys);
        Assert.Equal(new PartialDate(1831, 5), province.Properties["founded"]);
        Assert.Equal(9007199254740993L, province.Properties["population"]);
        Assert.Equal(10574.0, province.Properties["area"]);
        Assert.Equal(new object[] { "QN" }, province.Properties["aliases"]);
        Assert.Equal([new SourceRef("source:a", null, true, "implied")], province.Sources);
        Assert.Equal(["Country", "Province", "Source"], handler.Requests.Select(r => r.Statement!.Split('`')[1]));
    }
}
