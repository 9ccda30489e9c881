using System.Net;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Security;

/// <summary>
/// The real server, reads for readers only, with a real mutation: refused for everyone but an editor, whose write is
/// stamped with the key's name.
/// </summary>
public sealed class ServerAccessTests(ServerAccessTests.ReadersOnlyServer server) : IClassFixture<ServerAccessTests.ReadersOnlyServer>
{
    private const string Mutation = """mutation { updateProvince(id: "province:hanoi", input: { description: "The capital." }) { province { updatedBy } errors { code } } }""";
    private const string PlainQuery = "{ provinces(first: 1) { totalCount } }";

    [Fact]
    public async Task An_anonymous_mutation_is_401()
    {
        using var response = await server.Client.SendAsync(PostQuery(Mutation));

        await response.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task A_readers_mutation_is_403()
    {
        using var response = await server.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.ReaderKey));

        await response.AssertRequestErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task An_editors_mutation_runs_and_is_stamped_with_the_keys_name()
    {
        using var response = await server.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("errors", out _));
        var payload = body.GetProperty("data").GetProperty("updateProvince");
        Assert.Equal("editor-1", payload.GetProperty("province").GetProperty("updatedBy").GetString());
        Assert.Empty(payload.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task A_prepared_plain_query_is_not_served_to_a_caller_who_may_not_read()
    {
        // The reader's two requests leave the query prepared; the anonymous one must not take that fast path.
        using var first = await server.Client.SendAsync(PostQuery(PlainQuery).WithApiKey(TestCredentials.ReaderKey));
        using var second = await server.Client.SendAsync(PostQuery(PlainQuery).WithApiKey(TestCredentials.ReaderKey));
        Assert.NotNull(server.Services.GetRequiredService<CoopGraph.GraphQL.Execution.PreparedOperations>().Find(PlainQuery, null));

        using var anonymous = await server.Client.SendAsync(PostQuery(PlainQuery));
        using var jwtWithoutRoles = await server.Client.SendAsync(PostQuery(PlainQuery).WithBearer(TestTokens.Create()));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        await anonymous.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        await jwtWithoutRoles.AssertRequestErrorAsync(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    /// <summary>One seeded server for the class.</summary>
    public sealed class ReadersOnlyServer : IAsyncLifetime
    {
        private LiveServer? _server;

        internal HttpClient Client { get; private set; } = null!;

        internal IServiceProvider Services => _server!.Services;

        public async Task InitializeAsync()
        {
            _server = await LiveServer.StartAsync(settings: TestCredentials.Settings("Reader"));
            Client = _server.CreateClient();
            await _server.WaitUntilReadyAsync(Client);
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (_server is not null)
            {
                await _server.DisposeAsync();
                _server.Folder.Dispose();
            }
        }
    }
}
