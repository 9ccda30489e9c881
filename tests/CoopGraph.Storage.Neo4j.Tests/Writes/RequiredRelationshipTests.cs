using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>
/// <c>Province.country: Country!</c> cannot be removed while the province stays: the facts query reads, for the ends
/// of the relationships a batch deletes, the relationships such a field may need, the resolver refuses the batch
/// (REQUIRED_RELATIONSHIP) when none is left, and a write that keeps one checks again under the node's lock.
/// </summary>
public sealed class RequiredRelationshipTests
{
    private static readonly string InJapan = StoredGraph.RelationshipId("IN_COUNTRY", "province:nagasaki", "country:japan");
    private static readonly string InKorea = StoredGraph.RelationshipId("IN_COUNTRY", "province:nagasaki", "country:korea");

    private static RelationshipWrite Connect(string country) =>
        new("IN_COUNTRY", "province:nagasaki", country, new Dictionary<string, object?>(), Batches.Cited) { CreateOnly = true };

    private static async Task<(T Outcome, FakeNeo4jHandler Handler)> WriteAsync<T>(FakeNeo4jHandler handler, Func<Neo4jGraphStore, Task<T>> write)
    {
        await using var store = new Neo4jGraphStore(TestModels.RequiredCountry, Clients.Over(handler)) { Clock = new FixedTimeProvider() };
        return (await write(store), handler);
    }

    [Fact]
    public void Moving_a_province_to_another_country_reads_what_it_holds_and_checks_it_again_when_written()
    {
        var batch = new GraphBatch { Actor = "key:editor" }.Add(new DeleteRelationship(InJapan)).Add(Connect("country:korea"));
        var facts = FactsQuery.For(TestModels.RequiredCountry, batch.Operations);
        var stored = new StoredFacts();
        stored.Nodes["province:nagasaki"] = StoredGraph.Exists(StoredGraph.Stamp);
        stored.Nodes["country:korea"] = StoredGraph.Exists(StoredGraph.Stamp);
        stored.Nodes["source:vnexpress-2023"] = StoredGraph.Exists(FactStamp.Unrecorded);
        stored.Relationships[InJapan] = StoredGraph.Exists(StoredGraph.Stamp);
        stored.Held.Add(InJapan);

        var (resolved, errors) = WritePlan.Resolve(TestModels.RequiredCountry, batch, facts, stored, FixedTimeProvider.NowInMilliseconds);

        Assert.Empty(errors);
        new
        {
            Facts = new { facts.Statement!.Text, facts.Statement.Parameters },
            Writes = WriteStatements.Build(resolved, chunkSize: 1000).Select(w => new { w.Statement.Text, w.Statement.Parameters, w.ExpectedRows }),
        }.MatchSnapshot();
    }

    [Fact]
    public async Task Disconnecting_the_only_country_is_refused()
    {
        var handler = ScriptedTransactions.Handler(
            ScriptedTransactions.Fact("rel", InJapan, stamp: StoredGraph.Row(StoredGraph.Stamp)),
            ScriptedTransactions.Fact("node", "province:nagasaki", stamp: StoredGraph.Row(StoredGraph.Stamp), held: [InJapan]));

        var (refusal, _) = await WriteAsync(handler, store => Assert.ThrowsAsync<GraphWriteException>(() =>
            store.WriteAsync(new GraphBatch().Add(new DeleteRelationship(InJapan)))));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal((0, "REQUIRED_RELATIONSHIP", "id"), (error.OperationIndex, error.Code, error.Field));
        Assert.Contains("'province:nagasaki' needs its country", error.Message, StringComparison.Ordinal);
        Assert.Single(handler.Requests, r => r.Statement is not null);
        Assert.Equal(HttpMethod.Delete, handler.Requests.Last().Method);
    }

    [Fact]
    public async Task Detaching_the_country_of_a_province_that_stays_is_refused()
    {
        var handler = ScriptedTransactions.Handler(
            ScriptedTransactions.Fact("node", "country:japan", rels: [InJapan], stamp: StoredGraph.Row(StoredGraph.Stamp), held: [InJapan]),
            ScriptedTransactions.Fact("node", "source:vnexpress-2023"));

        var (refusal, _) = await WriteAsync(handler, store => Assert.ThrowsAsync<GraphWriteException>(() =>
            store.WriteAsync(new GraphBatch().Add(Batches.Country("korea", "Korea", "KR")).Add(new DeleteNode("country:japan", Detach: true)))));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal((1, "REQUIRED_RELATIONSHIP"), (error.OperationIndex, error.Code));
        Assert.Contains("province:nagasaki", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_province_with_its_country_relationship_is_not_refused()
    {
        var handler = ScriptedTransactions.Handler(
            ScriptedTransactions.Fact("node", "province:nagasaki", rels: [InJapan], stamp: StoredGraph.Row(StoredGraph.Stamp)));

        var (result, _) = await WriteAsync(handler, store => store.WriteAsync(new GraphBatch().Add(new DeleteNode("province:nagasaki", Detach: true))));

        Assert.Equal((1, 1), (result.NodesDeleted, result.RelationshipsDeleted));
        Assert.DoesNotContain(handler.Requests, r => r.Statement?.Contains("EXISTS {", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_country_relationship_deleted_concurrently_after_the_read_refuses_the_batch_when_written()
    {
        var handler = ScriptedTransactions.Handler(
            statement => statement.Contains("EXISTS {", StringComparison.Ordinal),
            ScriptedTransactions.Fact("rel", InJapan, stamp: StoredGraph.Row(StoredGraph.Stamp)),
            ScriptedTransactions.Fact("node", "province:nagasaki", stamp: StoredGraph.Row(StoredGraph.Stamp), held: [InJapan, InKorea]));

        var (refusal, _) = await WriteAsync(handler, store => Assert.ThrowsAsync<GraphWriteException>(() =>
            store.WriteAsync(new GraphBatch().Add(new DeleteRelationship(InJapan)))));

        Assert.Equal("CONFLICT", Assert.Single(refusal.Errors).Code);
        Assert.DoesNotContain(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/commit", StringComparison.Ordinal));
    }
}
