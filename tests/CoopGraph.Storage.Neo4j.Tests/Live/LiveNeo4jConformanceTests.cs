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
        await OnCleanStoreAsync(async store =>
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
        });
    }

    [LiveNeo4jFact]
    public async Task Create_only_writes_patches_and_versioned_deletes_check_the_stored_stamps()
    {
        await OnCleanStoreAsync(async store =>
        {
            await store.WriteAsync(Batches.Small());

            var exists = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch().Add(Batches.Country() with { CreateOnly = true })));
            Assert.Equal("ALREADY_EXISTS", exists.Errors[0].Code);

            var patch = new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["population"] = 1_600_000L, ["area"] = null }, null) { ExpectedVersion = 1 };
            var patched = await store.WriteAsync(new GraphBatch { Actor = "key:live" }.Add(patch));
            Assert.Equal(1, patched.NodesUpdated);

            var stale = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch().Add(patch)));
            Assert.Equal(("VERSION_CONFLICT", 2L), (stale.Errors[0].Code, stale.Errors[0].CurrentVersion));

            var stored = await store.Client.RunAsync(
                new CypherStatement(
                    "MATCH (n:`Province` {id: $id}) RETURN n.`__version` AS version, n.`__created_by` AS createdBy, n.`__updated_by` AS updatedBy, n.`area` AS area, n.population AS population",
                    new Dictionary<string, object?> { ["id"] = "province:quang-nam" }),
                Neo4jAccessMode.Read);
            Assert.Equal(
                (2L, "seed", "key:live", null, 1_600_000L),
                (stored.Value(0, "version"), stored.Value(0, "createdBy"), stored.Value(0, "updatedBy"), stored.Value(0, "area"), stored.Value(0, "population")));

            var unchanged = await store.WriteAsync(new GraphBatch().Add(patch with { ExpectedVersion = 2 }));
            Assert.True(unchanged.ChangedNothing);

            var deleted = await store.WriteAsync(new GraphBatch().Add(new DeleteRelationship("PARTNER_OF:province:quang-nam:province:nagasaki") { ExpectedVersion = 1 }));
            Assert.Equal(1, deleted.RelationshipsDeleted);
        });
    }

    /// <summary>Runs the test on a bootstrapped store without the test's ids, and removes them afterwards.</summary>
    private static async Task OnCleanStoreAsync(Func<Neo4jGraphStore, Task> test)
    {
        await using var store = Store();
        await Neo4jSchemaBootstrap.ApplyAsync(store.Client, store.Model);
        await CleanAsync(store);
        try
        {
            await test(store);
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
