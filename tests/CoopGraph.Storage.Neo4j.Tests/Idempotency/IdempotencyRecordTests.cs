using CoopGraph.Storage.Neo4j.Idempotency;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Idempotency;

/// <summary>Finding a key's record and keeping the first response, against scripted Query API answers.</summary>
public sealed class IdempotencyRecordTests
{
    private const string Key = "key:editor\nretry-1";
    private static readonly DateTimeOffset NotBefore = FixedTimeProvider.NowInMilliseconds.AddHours(-24);
    private static readonly byte[] Hash = [1, 2, 3, 250];
    private static readonly byte[] Body = "{\"data\":{\"ok\":true}}"u8.ToArray();

    private static readonly string[] FoundColumns = ["hash", "status", "contentType", "body", "at", "markHash"];

    [Fact]
    public void Find_record_and_purge_statements() =>
        new
        {
            Find = ResponseStatements.Find(Key, NotBefore),
            Purge = ResponseStatements.Purge(NotBefore),
            Record = ResponseStatements.Record(new IdempotentResponse(Key, Hash, 200, "application/json", Body, FixedTimeProvider.NowInMilliseconds)),
        }.MatchSnapshot();

    [Fact]
    public async Task A_kept_response_is_found_with_its_request_hash()
    {
        var at = FixedTimeProvider.NowInMilliseconds.ToUnixTimeMilliseconds();
        var handler = new FakeNeo4jHandler(() => ScriptedTransactions.Rows(FoundColumns,
            [[Convert.ToBase64String(Hash), 200L, "application/json", Convert.ToBase64String(Body), at, Convert.ToBase64String(Hash)]]));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var record = await store.FindIdempotencyAsync(Key, NotBefore);

        Assert.Equal(Hash, record!.RequestHash);
        Assert.Equal((200, "application/json", FixedTimeProvider.NowInMilliseconds), (record.Response!.StatusCode, record.Response.ContentType, record.Response.At));
        Assert.Equal(Body, record.Response.Body);
        Assert.Equal("READ", Assert.Single(handler.Requests).Json.GetProperty("accessMode").GetString());
    }

    [Fact]
    public async Task A_mark_without_a_response_is_found_as_its_hash_alone()
    {
        var handler = new FakeNeo4jHandler(() => ScriptedTransactions.Rows(FoundColumns, [[null, null, null, null, null, Convert.ToBase64String(Hash)]]));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        var record = await store.FindIdempotencyAsync(Key, NotBefore);

        Assert.Equal(Hash, record!.RequestHash);
        Assert.Null(record.Response);
    }

    [Fact]
    public async Task A_key_with_no_young_record_is_not_found()
    {
        var handler = new FakeNeo4jHandler(() => ScriptedTransactions.Rows(FoundColumns, [[null, null, null, null, null, null]]));
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        Assert.Null(await store.FindIdempotencyAsync(Key, NotBefore));
    }

    [Fact]
    public async Task Recording_purges_expired_records_then_keeps_the_response_at_commit()
    {
        var handler = ScriptedTransactions.Answering(r => r.Statement is { } s && s.Contains("AS deleted", StringComparison.Ordinal)
            ? ScriptedTransactions.Rows(["deleted"], [[0L]])
            : null);
        await using var store = new Neo4jGraphStore(TestModels.Small, Clients.Over(handler));

        await store.RecordResponseAsync(new IdempotentResponse(Key, Hash, 200, "application/json", Body, FixedTimeProvider.NowInMilliseconds), NotBefore);

        var statements = handler.Requests.Where(r => r.Statement is not null).ToArray();
        Assert.Equal(3, statements.Length);
        Assert.All(statements[..2], r => Assert.Contains("LIMIT $limit DELETE", r.Statement, StringComparison.Ordinal));
        Assert.EndsWith("/commit", statements[2].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("MERGE (r:`__IdempotentResponse`", statements[2].Statement, StringComparison.Ordinal);
    }
}
