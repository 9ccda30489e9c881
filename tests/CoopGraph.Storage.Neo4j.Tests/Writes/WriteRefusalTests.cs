using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>
/// The store's refusals of the new write kinds, driven by the facts rows a Query API transaction returns: every one
/// rolls the transaction back and sends no write statement.
/// </summary>
public sealed class WriteRefusalTests
{
    private static readonly SortedDictionary<string, object?> QuangNam = StoredGraph.Props(Batches.Province("quang-nam", "Quảng Nam"), StoredGraph.Stamp);

    private static async Task<(GraphWriteException Refusal, FakeNeo4jHandler Handler)> RefusedAsync(GraphBatch batch, params object?[][] factRows)
    {
        var handler = ScriptedTransactions.Handler(factRows);
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler)) { Clock = new FixedTimeProvider() };

        var refusal = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(batch));

        Assert.Equal(HttpMethod.Delete, handler.Requests.Last().Method);
        Assert.Single(handler.Requests, r => r.Statement is not null);
        return (refusal, handler);
    }

    [Fact]
    public async Task A_create_only_write_of_a_stored_id_already_exists()
    {
        var (refusal, _) = await RefusedAsync(
            new GraphBatch().Add(Batches.Country() with { CreateOnly = true }),
            ScriptedTransactions.Fact("node", "country:japan", same: true, sources: SourcesJson.Write(Batches.Cited), stamp: StoredGraph.Row(StoredGraph.Stamp)),
            ScriptedTransactions.Fact("node", "source:vnexpress-2023"));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal((0, "ALREADY_EXISTS", "id"), (error.OperationIndex, error.Code, error.Field));
    }

    [Fact]
    public async Task A_create_only_relationship_that_is_stored_already_exists()
    {
        var write = new RelationshipWrite("IN_COUNTRY", "province:nagasaki", "country:japan", new Dictionary<string, object?>(), Batches.Cited) { CreateOnly = true };

        var (refusal, _) = await RefusedAsync(
            new GraphBatch().Add(write),
            ScriptedTransactions.Fact("rel", write.Id, same: false, sources: "[]", stamp: StoredGraph.Row(StoredGraph.Stamp)),
            ScriptedTransactions.Fact("node", "province:nagasaki"),
            ScriptedTransactions.Fact("node", "country:japan"),
            ScriptedTransactions.Fact("node", "source:vnexpress-2023"));

        Assert.Equal("ALREADY_EXISTS", Assert.Single(refusal.Errors).Code);
    }

    [Fact]
    public async Task A_patch_of_a_node_the_read_did_not_find_is_not_found()
    {
        var (refusal, handler) = await RefusedAsync(new GraphBatch()
            .Add(new NodePatch("province:hue", new Dictionary<string, object?> { ["population"] = 1L }, null))
            .Add(new RelationshipPatch("PARTNER_OF:province:hue:province:nagasaki", new Dictionary<string, object?> { ["status"] = "paused" }, null)));

        Assert.Equal([(0, "NOT_FOUND"), (1, "NOT_FOUND")], refusal.Errors.Select(e => (e.OperationIndex, e.Code)));
        var read = handler.Requests.Single(r => r.Statement is not null);
        Assert.Contains("'rel' AS fact", read.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_patch_of_a_node_of_another_label_is_not_found()
    {
        var (refusal, _) = await RefusedAsync(
            new GraphBatch().Add(new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["population"] = 1L }, null) { Label = "Country" }),
            ScriptedTransactions.Fact("node", "province:quang-nam", props: QuangNam, stamp: StoredGraph.Row(StoredGraph.Stamp)));

        Assert.Equal("NOT_FOUND", Assert.Single(refusal.Errors).Code);
    }

    [Fact]
    public async Task An_expected_version_the_stored_fact_is_not_at_is_a_version_conflict_with_the_current_version()
    {
        var (refusal, _) = await RefusedAsync(
            new GraphBatch()
                .Add(new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["population"] = 1L }, null) { ExpectedVersion = 2 })
                .Add(new DeleteRelationship("PARTNER_OF:province:quang-nam:province:nagasaki") { ExpectedVersion = 1 }),
            ScriptedTransactions.Fact("node", "province:quang-nam", props: QuangNam, stamp: StoredGraph.Row(StoredGraph.Stamp), cited: ["source:vnexpress-2023"]),
            ScriptedTransactions.Fact("rel", "PARTNER_OF:province:quang-nam:province:nagasaki", stamp: ScriptedTransactions.Stamp(5)));

        Assert.Equal(
            [(0, "VERSION_CONFLICT", "expectedVersion", 3L), (1, "VERSION_CONFLICT", "expectedVersion", 5L)],
            refusal.Errors.Select(e => (e.OperationIndex, e.Code, e.Field, e.CurrentVersion)));
    }

    [Fact]
    public async Task A_fact_stored_before_stamps_is_at_version_1()
    {
        var (refusal, _) = await RefusedAsync(
            new GraphBatch().Add(new DeleteNode("country:japan") { ExpectedVersion = 2 }),
            ScriptedTransactions.Fact("node", "country:japan"));

        Assert.Equal(1L, Assert.Single(refusal.Errors).CurrentVersion);
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_cited_source_text_is_refused()
    {
        var source = StoredGraph.Props(Batches.SourceWithText(), FactStamp.Unrecorded);
        var province = new NodeWrite("province:hue", "Province", new Dictionary<string, object?> { ["name"] = "Huế" }, Batches.Quoting("Huế and Nagasaki signed"));

        var (refusal, _) = await RefusedAsync(
            new GraphBatch().Add(province),
            ScriptedTransactions.Fact("node", "source:nhan-dan-2024", props: source, stamp: StoredGraph.Row(FactStamp.Unrecorded)));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal(("QUOTE_NOT_IN_SOURCE", "sources"), (error.Code, error.Field));
    }

    [Fact]
    public async Task A_fact_changed_between_the_read_and_the_write_refuses_the_batch()
    {
        var handler = ScriptedTransactions.Handler(
            statement => statement.Contains("row.version", StringComparison.Ordinal),
            ScriptedTransactions.Fact("node", "province:quang-nam", props: QuangNam, stamp: StoredGraph.Row(StoredGraph.Stamp), cited: ["source:vnexpress-2023"]));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler)) { Clock = new FixedTimeProvider() };

        var refusal = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch()
            .Add(new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["population"] = 1L }, null) { ExpectedVersion = 3 })));

        Assert.Equal("CONFLICT", Assert.Single(refusal.Errors).Code);
        Assert.Equal(HttpMethod.Delete, handler.Requests.Last().Method);
        Assert.DoesNotContain(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal));
    }
}
