using System.Text.Json;
using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Idempotency;

/// <summary>
/// A batch with an idempotency mark, against scripted Query API transactions: the mark is checked first in the
/// batch's transaction and written there with what the batch changes; a stored mark refuses the batch before the
/// facts are read; a mark that loses the uniqueness race to a concurrent twin is read again to tell which it was.
/// </summary>
public sealed class IdempotentWriteTests
{
    private static readonly byte[] Hash = [1, 2, 3, 250];
    private static readonly IdempotencyMark Mark = new("key:editor\nretry-1", 2, Hash);

    private static GraphBatch Keyed(IdempotencyMark? mark) =>
        new GraphBatch { Actor = "key:editor", Idempotency = mark }.Add(Batches.Country() with { CreateOnly = true });

    /// <summary>The facts of <see cref="Keyed"/>: the country is new, its Source exists.</summary>
    private static readonly object?[] CitedSource = ScriptedTransactions.Fact("node", "source:vnexpress-2023");

    private static HttpResponseMessage? MarkStored(RecordedRequest request, byte[] hash) =>
        ScriptedTransactions.IsMarkCheck(request) ? ScriptedTransactions.Rows(["hash"], [[Convert.ToBase64String(hash)]]) : null;

    private static async Task<(T Outcome, FakeNeo4jHandler Handler)> WriteAsync<T>(FakeNeo4jHandler handler, Func<Neo4jGraphStore, Task<T>> write)
    {
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler)) { Clock = new FixedTimeProvider() };
        return (await write(store), handler);
    }

    [Fact]
    public async Task A_new_mark_is_checked_then_written_before_the_batch_and_committed_with_it()
    {
        var (_, handler) = await WriteAsync(ScriptedTransactions.Handler(CitedSource), store => store.WriteAsync(Keyed(Mark)));

        // Method, path and statement of every call, the typed parameters made plain: the flow of the transaction.
        new
        {
            Calls = handler.Requests.Select(r => new
            {
                Call = $"{r.Method} {r.Uri.AbsolutePath}",
                Text = r.Statement,
                Parameters = r.Statement is null
                    ? null
                    : r.Json.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => KitSnapshots.Typed(p.Value), StringComparer.Ordinal),
            }),
        }.MatchSnapshot();
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 250 }, IdempotencyCodes.AlreadyApplied)]
    [InlineData(new byte[] { 9 }, IdempotencyCodes.KeyReused)]
    public async Task A_stored_mark_refuses_the_batch_before_its_facts_are_read(byte[] stored, string code)
    {
        var handler = ScriptedTransactions.Answering(r => MarkStored(r, stored), CitedSource);

        var (refusal, _) = await WriteAsync(handler, store => Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(Keyed(Mark))));

        var error = Assert.Single(refusal.Errors);
        Assert.Equal((0, code), (error.OperationIndex, error.Code));
        Assert.Single(handler.Requests, r => r.Statement is not null);
        Assert.Equal(HttpMethod.Delete, handler.Requests.Last().Method);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 250 }, IdempotencyCodes.AlreadyApplied)]
    [InlineData(new byte[] { 9 }, IdempotencyCodes.KeyReused)]
    public async Task A_mark_that_a_concurrent_twin_committed_first_is_read_again_outside_the_transaction(byte[] twin, string code)
    {
        var handler = ScriptedTransactions.Answering(
            r => ScriptedTransactions.IsMarkWrite(r) ? Recorded.Response("constraint-violation")
                : ScriptedTransactions.IsMarkCheck(r) && !r.Uri.AbsolutePath.Contains("/tx", StringComparison.Ordinal) ? MarkStored(r, twin)
                : null,
            CitedSource);

        var (refusal, _) = await WriteAsync(handler, store => Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(Keyed(Mark))));

        Assert.Equal(code, Assert.Single(refusal.Errors).Code);
        var reread = handler.Requests.Last(r => r.Statement is not null);
        Assert.True(ScriptedTransactions.IsMarkCheck(reread));
        Assert.EndsWith("/query/v2", reread.Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("WRITE", reread.Json.GetProperty("accessMode").GetString());
        Assert.DoesNotContain(handler.Requests, r => r.Statement?.Contains("MERGE (n:`Country`", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_batch_that_changes_nothing_is_not_marked()
    {
        var handler = ScriptedTransactions.Handler(
            ScriptedTransactions.Fact("node", "country:japan", same: true, sources: SourcesJson.Write(Batches.Cited), stamp: StoredGraph.Row(StoredGraph.Stamp)),
            CitedSource);

        var (result, _) = await WriteAsync(handler, store => store.WriteAsync(new GraphBatch { Idempotency = Mark }.Add(Batches.Country())));

        Assert.True(result.ChangedNothing);
        Assert.Contains(handler.Requests, ScriptedTransactions.IsMarkCheck);
        Assert.DoesNotContain(handler.Requests, ScriptedTransactions.IsMarkWrite);
    }

    [Fact]
    public async Task A_batch_without_a_mark_sends_no_mark_statement()
    {
        var (_, handler) = await WriteAsync(ScriptedTransactions.Handler(CitedSource), store => store.WriteAsync(Keyed(null)));

        Assert.DoesNotContain(handler.Requests, r => r.Statement?.Contains(StoredNames.MarkLabel, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_mark_holds_its_hash_as_base64_and_its_field_and_key_as_one_unique_slot()
    {
        var row = (Dictionary<string, object?>)((object?[])Neo4j.Idempotency.MarkStatements.Write(Mark, FixedTimeProvider.NowInMilliseconds).Parameters["rows"]!)[0]!;

        Assert.Equal("2:key:editor\nretry-1", row[StoredNames.MarkSlot]);
        Assert.Equal(Convert.ToBase64String(Hash), row["hash"]);
        Assert.Equal(JsonValueKind.String, JsonSerializer.SerializeToElement(row["hash"]).ValueKind);
    }
}
