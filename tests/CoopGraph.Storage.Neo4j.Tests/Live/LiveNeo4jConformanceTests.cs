using CoopGraph.Storage.Neo4j.Bootstrap;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Live;

/// <summary>
/// Write → read-back against a real Neo4j (5.26 or later). Uses ids of its own and removes them
/// afterwards; point it at a scratch database (COOPGRAPH_NEO4J_DATABASE) all the same.
/// </summary>
public sealed class LiveNeo4jConformanceTests
{
    private static Neo4jGraphStore Store() =>
        Neo4jGraphStore.Create(TestModels.Small, Neo4jStoreOptions.FromEnvironment()!);

    [LiveNeo4jFact]
    public async Task Bootstrap_twice_changes_nothing_the_second_time()
    {
        await using var store = Store();

        await Neo4jSchemaBootstrap.ApplyAsync(store.Client, store.Model);
        var again = await Neo4jSchemaBootstrap.ApplyAsync(store.Client, store.Model);

        Assert.Equal(Neo4jSchemaBootstrap.Statements(store.Model).Count, again);
    }

    [LiveNeo4jFact]
    public async Task Write_read_back_rewrite_and_delete()
    {
        await using var store = Store();
        await Neo4jSchemaBootstrap.ApplyAsync(store.Client, store.Model);
        await CleanAsync(store);
        try
        {
            var created = await store.WriteAsync(Batches.Small());
            Assert.Equal((4, 2), (created.NodesCreated, created.RelationshipsCreated));

            var unchanged = await store.WriteAsync(Batches.Small());
            Assert.True(unchanged.ChangedNothing);
            Assert.Equal(created.Version, unchanged.Version);

            var nodes = new List<NodeWrite>();
            await foreach (var node in store.ReadNodesAsync())
            {
                nodes.Add(node);
            }

            var quangNam = nodes.Single(n => n.Id == "province:quang-nam");
            Assert.Equal(Batches.Province("quang-nam", "Quảng Nam").Sources, quangNam.Sources);
            Assert.Equal(1519000L, quangNam.Properties["population"]);
            Assert.Equal(10574.0, quangNam.Properties["area"]);
            Assert.Equal(nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));

            var folded = await store.Client.RunAsync(
                new CypherStatement("MATCH (n:`Province`) WHERE n.`__fold_name` = $q RETURN n.id AS id", new Dictionary<string, object?> { ["q"] = "quang nam" }),
                Neo4jAccessMode.Read);
            Assert.Equal("province:quang-nam", folded.Value(0, "id"));

            var refused = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch().Add(new DeleteNode("province:nagasaki"))));
            Assert.Equal("HAS_RELATIONSHIPS", refused.Errors[0].Code);

            var deleted = await store.WriteAsync(new GraphBatch().Add(new DeleteNode("province:nagasaki", Detach: true)));
            Assert.Equal((1, 2), (deleted.NodesDeleted, deleted.RelationshipsDeleted));
        }
        finally
        {
            await CleanAsync(store);
        }
    }

    private static Task<Neo4jResult> CleanAsync(Neo4jGraphStore store) =>
        store.Client.RunAsync(new CypherStatement(
            "MATCH (n) WHERE n.id IN $ids DETACH DELETE n",
            new Dictionary<string, object?> { ["ids"] = new object[] { "source:vnexpress-2023", "country:japan", "province:quang-nam", "province:nagasaki" } }));
}
