using System.Net;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Client;

public sealed class Neo4jTransactionTests
{
    private static HttpResponseMessage BeginWithAffinity()
    {
        var response = Recorded.Response("tx-begin");
        response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ=");
        return response;
    }

    [Fact]
    public async Task The_affinity_header_from_begin_is_echoed_on_run_and_commit_and_the_commit_bookmarks_are_kept()
    {
        var handler = new FakeNeo4jHandler(BeginWithAffinity, () => Recorded.Response("tx-run"), () => Recorded.Response("tx-commit"));
        using var client = Clients.Over(handler);

        var version = await client.ExecuteInTransactionAsync(async (tx, token) =>
        {
            await tx.RunAsync(new CypherStatement("MATCH (n) RETURN n"), token);
            return (await tx.CommitAsync(new CypherStatement("RETURN 1 AS version"), token)).Value(0, "version");
        });

        Assert.Equal(1L, version);
        var requests = handler.Requests.ToArray();
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2/tx", requests[0].Uri.AbsoluteUri);
        Assert.False(requests[0].Headers.ContainsKey("neo4j-cluster-affinity"));
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2/tx/lyU", requests[1].Uri.AbsoluteUri);
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2/tx/lyU/commit", requests[2].Uri.AbsoluteUri);
        Assert.All(requests[1..], r => Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", r.Headers["neo4j-cluster-affinity"]));
        Assert.Equal(["FB:kcwQcommitted"], client.Bookmarks);
    }

    [Fact]
    public async Task A_failure_inside_the_work_rolls_back_with_delete()
    {
        var handler = new FakeNeo4jHandler(BeginWithAffinity, () => Recorded.Response("constraint-violation"), () => new HttpResponseMessage(HttpStatusCode.OK));
        using var client = Clients.Over(handler);

        await Assert.ThrowsAsync<Neo4jException>(() => client.ExecuteInTransactionAsync<int>(async (tx, token) =>
        {
            await tx.RunAsync(new CypherStatement("CREATE (n:`Country` {id: $id})", new Dictionary<string, object?> { ["id"] = "country:japan" }), token);
            return 0;
        }));

        var rollback = handler.Requests.Last();
        Assert.Equal(HttpMethod.Delete, rollback.Method);
        Assert.Equal("http://neo4j.test:7474/db/neo4j/query/v2/tx/lyU", rollback.Uri.AbsoluteUri);
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", rollback.Headers["neo4j-cluster-affinity"]);
    }

    [Fact]
    public async Task A_transient_failure_reruns_the_whole_transaction()
    {
        var handler = new FakeNeo4jHandler(
            () => Recorded.Response("tx-begin"), () => Recorded.Response("deadlock"), () => new HttpResponseMessage(HttpStatusCode.NotFound),
            () => Recorded.Response("tx-begin"), () => Recorded.Response("tx-run"), () => Recorded.Response("tx-commit"));
        using var client = Clients.Over(handler);
        var attempts = 0;

        await client.ExecuteInTransactionAsync(async (tx, token) =>
        {
            attempts++;
            return await tx.RunAsync(new CypherStatement("MERGE (n:`Country` {id: 'x'})"), token);
        });

        Assert.Equal(2, attempts);
        Assert.Equal(
            ["POST tx", "POST tx/lyU", "DELETE tx/lyU", "POST tx", "POST tx/lyU", "POST tx/lyU/commit"],
            handler.Requests.Select(r => $"{r.Method} {r.Uri.AbsolutePath["/db/neo4j/query/v2/".Length..]}"));
    }
}
