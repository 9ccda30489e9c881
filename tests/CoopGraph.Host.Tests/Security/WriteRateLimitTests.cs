using System.Net;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Security;

/// <summary>The write budget, with a window far longer than the test so that no permit comes back while it runs.</summary>
public sealed class WriteRateLimitTests
{
    private const string Mutation = """mutation { rename(name: "x") }""";

    [Fact]
    public async Task The_third_mutation_in_a_window_of_two_is_429_with_retry_after_and_reads_go_on()
    {
        await using var app = await StartAsync();

        using var first = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));
        using var second = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));
        using var third = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));
        using var read = await app.Client.SendAsync(PostQuery("{ hello }").WithApiKey(TestCredentials.EditorKey));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var error = await third.AssertRequestErrorAsync(HttpStatusCode.TooManyRequests, "RATE_LIMITED");
        var retryAfter = Assert.Single(third.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Equal(retryAfter, error.GetProperty("extensions").GetProperty("retryAfter").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("Hello, world", (await read.JsonBodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Each_caller_has_a_budget_of_its_own()
    {
        await using var app = await StartAsync();
        for (var i = 0; i < 2; i++)
        {
            using var spent = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));
            Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        }

        using var overBudget = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));
        using var otherKey = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.OtherEditorKey));
        using var token = await app.Client.SendAsync(PostQuery(Mutation).WithBearer(TestTokens.Create(roles: ["editor"])));

        Assert.Equal(HttpStatusCode.TooManyRequests, overBudget.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task Reads_are_not_counted()
    {
        await using var app = await StartAsync();
        for (var i = 0; i < 5; i++)
        {
            using var read = await app.Client.SendAsync(PostQuery("{ hello }").WithApiKey(TestCredentials.EditorKey));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var mutation = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));

        Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
    }

    [Fact]
    public async Task No_limit_when_permits_per_window_is_zero()
    {
        await using var app = await StartAsync(permits: "0");
        for (var i = 0; i < 5; i++)
        {
            using var mutation = await app.Client.SendAsync(PostQuery(Mutation).WithApiKey(TestCredentials.EditorKey));
            Assert.Equal(HttpStatusCode.OK, mutation.StatusCode);
        }
    }

    private static Task<TransportApp> StartAsync(string permits = "2")
    {
        var settings = TestCredentials.Settings();
        settings["CoopGraph:Auth:RateLimit:PermitsPerWindow"] = permits;
        settings["CoopGraph:Auth:RateLimit:Window"] = "01:00:00";
        return TransportApp.StartAsync(settings);
    }
}
