using System.Text.Json;
using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>What an accepted write sends through the store: the stamps from its clock and actor, and verified quotes.</summary>
public sealed class StampedWriteTests
{
    private static async Task<(WriteResult Result, FakeNeo4jHandler Handler)> WriteAsync(GraphBatch batch, params object?[][] factRows)
    {
        var handler = ScriptedTransactions.Handler(factRows);
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler)) { Clock = new FixedTimeProvider() };
        return (await store.WriteAsync(batch), handler);
    }

    /// <summary>The stored properties the write statement for <paramref name="label"/> sets on its first row, from the typed JSON sent.</summary>
    private static JsonElement SentProps(FakeNeo4jHandler handler, string label) =>
        handler.Requests.Single(r => r.Statement?.Contains($"(n:`{label}`", StringComparison.Ordinal) == true && !r.Statement.Contains(" AS fact", StringComparison.Ordinal))
            .Json.GetProperty("parameters").GetProperty("rows").GetProperty("_value")[0].GetProperty("_value").GetProperty("props").GetProperty("_value");

    private static string Sent(JsonElement props, string key) => props.GetProperty(key).GetProperty("_value").ToString();

    [Fact]
    public async Task A_patch_at_its_version_writes_the_next_stamp_and_keeps_the_creation()
    {
        var (result, handler) = await WriteAsync(
            new GraphBatch { Actor = "key:editor" }.Add(new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["population"] = 1L }, null) { ExpectedVersion = 3 }),
            ScriptedTransactions.Fact("node", "province:quang-nam", props: StoredGraph.Props(Batches.Province("quang-nam", "Quảng Nam"), StoredGraph.Stamp),
                stamp: StoredGraph.Row(StoredGraph.Stamp), cited: ["source:vnexpress-2023"]));

        Assert.Equal(1, result.NodesUpdated);
        var props = SentProps(handler, "Province");
        Assert.Equal(
            ["4", "1700000000000", "key:alice", FixedTimeProvider.NowInMilliseconds.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), "key:editor"],
            StoredNames.Stamp.Select(key => Sent(props, key)));
        Assert.Equal("1", Sent(props, "population"));
    }

    [Fact]
    public async Task A_created_fact_is_version_1_made_by_the_actor_at_the_clock_in_whole_milliseconds()
    {
        var (result, handler) = await WriteAsync(
            new GraphBatch { Actor = "key:editor" }.Add(Batches.Source()));

        Assert.Equal(1, result.NodesCreated);
        var props = SentProps(handler, "Source");
        var millis = FixedTimeProvider.NowInMilliseconds.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["1", millis, "key:editor", millis, "key:editor"], StoredNames.Stamp.Select(key => Sent(props, key)));
    }

    [Fact]
    public async Task An_unchanged_write_sends_nothing_and_keeps_the_stamp()
    {
        var (result, handler) = await WriteAsync(
            new GraphBatch { Actor = "key:editor" }.Add(Batches.Source()),
            ScriptedTransactions.Fact("node", "source:vnexpress-2023", same: true, sources: SourcesJson.Write(Batches.Source().Sources), stamp: StoredGraph.Row(StoredGraph.Stamp)));

        Assert.True(result.ChangedNothing);
        Assert.Equal(2, handler.Requests.Count(r => r.Statement is not null));
        Assert.StartsWith("OPTIONAL MATCH", handler.Requests.Last().Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_found_in_the_stored_source_text_is_stored_verified_and_an_unverified_stored_one_is_a_change()
    {
        var cited = Batches.Quoting("Quảng Nam and Nagasaki signed");
        var country = Batches.Country() with { Sources = cited };
        var (result, handler) = await WriteAsync(
            new GraphBatch().Add(country),
            ScriptedTransactions.Fact("node", "source:nhan-dan-2024", props: StoredGraph.Props(Batches.SourceWithText(), FactStamp.Unrecorded)),
            ScriptedTransactions.Fact("node", "country:japan", same: true, sources: SourcesJson.Write(cited), stamp: StoredGraph.Row(StoredGraph.Stamp)));

        Assert.Equal(1, result.NodesUpdated);
        var sources = SourcesJson.Read(Sent(SentProps(handler, "Country"), StoredNames.Sources));
        Assert.True(Assert.Single(sources).Verified);
    }
}
