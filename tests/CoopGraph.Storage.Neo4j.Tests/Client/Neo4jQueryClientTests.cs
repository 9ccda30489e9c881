using System.Net;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Client;

/// <summary>Requests on the wire, and resilience: timeouts, server failures, retries with backoff, cancellation.</summary>
public sealed class Neo4jQueryClientTests
{
    private static readonly CypherStatement Query = new("MATCH (n:`Province` {id: $id}) RETURN n", new Dictionary<string, object?> { ["id"] = "province:quang-nam" });

    [Fact]
    public async Task A_read_is_one_round_trip_to_the_query_endpoint_with_typed_json_auth_and_read_access()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("nodes"));
        using var client = Clients.Over(handler, Clients.Options(o => o.Database = "coop graph"));

        await client.RunAsync(Query, Neo4jAccessMode.Read);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("http://neo4j.test:7474/db/coop%20graph/query/v2", request.Uri.AbsoluteUri);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
        Assert.Equal("application/vnd.neo4j.query", request.Headers["Accept"]);
        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret-password"u8.ToArray()), request.Headers["Authorization"]);
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal("""{"id":{"$type":"String","_value":"province:quang-nam"}}""", request.Json.GetProperty("parameters").GetRawText());
    }

    [Fact]
    public async Task A_bearer_token_replaces_basic_auth()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("empty"));
        using var client = Clients.Over(handler, Clients.Options(o => o.BearerToken = "tok.en"));

        await client.RunAsync(Query);

        Assert.Equal("Bearer tok.en", Assert.Single(handler.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Parameters_keep_integers_exact_and_floats_apart_from_integers()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("empty"));
        using var client = Clients.Over(handler);
        var parameters = new Dictionary<string, object?>
        {
            ["big"] = 9007199254740993L,
            ["whole"] = 3.0,
            ["list"] = new object?[] { 1, null, true },
            ["map"] = new Dictionary<string, object?> { ["k"] = "v" },
        };

        await client.RunAsync(new CypherStatement("RETURN $big", parameters));

        Assert.Equal(
            """{"big":{"$type":"Integer","_value":"9007199254740993"},"whole":{"$type":"Float","_value":"3"},"list":{"$type":"List","_value":[{"$type":"Integer","_value":"1"},{"$type":"Null","_value":null},{"$type":"Boolean","_value":true}]},"map":{"$type":"Map","_value":{"k":{"$type":"String","_value":"v"}}}}""",
            Assert.Single(handler.Requests).Json.GetProperty("parameters").GetRawText());
    }

    [Fact]
    public async Task Bookmarks_of_a_write_go_with_the_next_read()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("empty"), () => Recorded.Response("nodes"), () => Recorded.Response("nodes"));
        using var client = Clients.Over(handler);

        await client.RunAsync(Query, Neo4jAccessMode.Write);
        await client.RunAsync(Query, Neo4jAccessMode.Read);
        await client.RunAsync(Query, Neo4jAccessMode.Read);

        var requests = handler.Requests.ToArray();
        Assert.False(requests[0].Json.TryGetProperty("bookmarks", out _));
        Assert.Equal("""["FB:kcwQempty"]""", requests[1].Json.GetProperty("bookmarks").GetRawText());
        Assert.Equal("""["FB:kcwQempty"]""", requests[2].Json.GetProperty("bookmarks").GetRawText());
        Assert.Equal(["FB:kcwQempty"], client.Bookmarks);
    }

    [Fact]
    public async Task Transient_errors_are_retried_with_exponential_backoff_without_sleeping()
    {
        var time = new ManualTimeProvider(TimeSpan.FromSeconds(10));
        var handler = new FakeNeo4jHandler(() => Recorded.Response("deadlock"), () => Recorded.Response("deadlock"), () => Recorded.Response("nodes"));
        using var client = Clients.Over(handler, Clients.Options(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(200)), time);

        await client.RunAsync(Query);

        Assert.Equal(3, handler.Count);
        var backoff = time.DueTimes.Where(t => t < TimeSpan.FromSeconds(10)).ToArray();
        Assert.Equal([TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400)], backoff);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count()
    {
        var handler = new FakeNeo4jHandler((_, _) => Task.FromResult(Recorded.Response("deadlock")));
        using var client = Clients.Over(handler, Clients.Options(o => o.RetryCount = 2));

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Query));

        Assert.True(e.IsTransient);
        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task A_request_that_outlives_the_timeout_is_store_unavailable()
    {
        var handler = new FakeNeo4jHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Recorded.Response("empty");
        });
        using var client = Clients.Over(handler, Clients.Options(o => o.RequestTimeout = TimeSpan.FromSeconds(2)));

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Query));

        Assert.Contains("did not answer within 2 s", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stays_a_cancellation()
    {
        var entered = new TaskCompletionSource();
        var handler = new FakeNeo4jHandler(async (_, token) =>
        {
            entered.SetResult();
            await Task.Delay(Timeout.Infinite, token);
            return Recorded.Response("empty");
        });
        using var client = Clients.Over(handler);
        using var cts = new CancellationTokenSource();

        var run = client.RunAsync(Query, Neo4jAccessMode.Read, cts.Token);
        await entered.Task;
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_5xx_without_a_neo4j_body_is_store_unavailable_and_not_retried(HttpStatusCode status)
    {
        var handler = new FakeNeo4jHandler((_, _) => Task.FromResult(FakeNeo4jHandler.Json(status, "<html>bad gateway</html>", "text/html")));
        using var client = Clients.Over(handler);

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Query));

        Assert.Contains($"HTTP {(int)status}", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_refused_connection_is_store_unavailable()
    {
        var handler = new FakeNeo4jHandler((_, _) => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"));
        using var client = Clients.Over(handler);

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Query));

        Assert.Contains("Cannot reach Neo4j at http://neo4j.test:7474", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_local_port_is_store_unavailable()
    {
        using var client = new Neo4jQueryClient(Clients.Options(o => o.Uri = new Uri("http://127.0.0.1:1")));

        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => client.RunAsync(Query));

        Assert.Contains("Cannot reach Neo4j at http://127.0.0.1:1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_options_are_refused_with_every_problem_named()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new Neo4jQueryClient(new Neo4jStoreOptions { Uri = new Uri("bolt://x:7687"), User = "neo4j", Database = " " }));

        Assert.Contains("must be http:// or https://", e.Message, StringComparison.Ordinal);
        Assert.Contains("database name is empty", e.Message, StringComparison.Ordinal);
        Assert.Contains("user and a password", e.Message, StringComparison.Ordinal);
    }
}
