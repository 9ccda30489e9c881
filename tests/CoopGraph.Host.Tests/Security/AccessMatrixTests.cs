using System.Net;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Security;

/// <summary>
/// Every caller against a read and a mutation, with reads open and for readers only. The test schema's mutation runs,
/// so "allowed" means a 200 with data; the operations are listed once, to be replaced by the real mutations later.
/// </summary>
public sealed class AccessMatrixTests(AuthTransportFixture fixture) : IClassFixture<AuthTransportFixture>
{
    private static readonly Dictionary<string, string> Operations = new()
    {
        ["read"] = "{ hello }",
        ["mutation"] = """mutation { rename(name: "x") }""",
    };

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var reads in new[] { "Anonymous", "Reader" })
        {
            foreach (var operation in Operations.Keys)
            {
                foreach (var caller in TestCallers.All.Keys)
                {
                    cases.Add(reads, operation, caller);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Caller_gets_what_its_role_allows(string reads, string operation, string caller)
    {
        using var request = TestCallers.All[caller](PostQuery(Operations[operation]));

        using var response = await fixture.Client(reads).SendAsync(request);

        switch (TestCallers.ExpectedRefusal(caller, operation == "mutation", reads))
        {
            case null:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var body = await response.JsonBodyAsync();
                Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
                break;
            case "UNAUTHENTICATED":
                await response.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
                Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "ApiKey");
                Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
                break;
            case var code:
                await response.AssertRequestErrorAsync(HttpStatusCode.Forbidden, code);
                break;
        }
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task A_refusal_has_its_status_under_either_media_type_and_answers_alone(string accept)
    {
        // The document also fails validation (no field x): a caller who may not run it is told only that.
        using var response = await fixture.Client("Reader").SendAsync(PostQuery("{ x }", accept));

        var error = await response.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Contains("X-Api-Key", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_document_is_checked_again_for_each_caller()
    {
        var client = fixture.Client("Anonymous");
        const string mutation = """mutation { rename(name: "cached") }""";

        using var allowed = await client.SendAsync(PostQuery(mutation).WithApiKey(TestCredentials.EditorKey));
        using var refused = await client.SendAsync(PostQuery(mutation));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        await refused.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("reader key")]
    [InlineData("editor key")]
    public async Task A_mutation_over_get_is_405_whoever_sends_it(string caller)
    {
        using var request = TestCallers.All[caller](Get("query=" + Uri.EscapeDataString("""mutation { rename(name: "x") }""")));

        using var response = await fixture.Client("Anonymous").SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var codes = (await response.JsonBodyAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], codes);
    }

    [Fact]
    public async Task The_sdl_is_open_exactly_when_reads_are()
    {
        using var open = await fixture.Client("Anonymous").GetAsync("/graphql?sdl");
        using var anonymous = await fixture.Client("Reader").GetAsync("/graphql?sdl");
        using var reader = await fixture.Client("Reader").SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl").WithApiKey(TestCredentials.ReaderKey));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        await anonymous.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_on_a_server_without_jwt_is_refused_not_ignored()
    {
        var settings = TestCredentials.Settings();
        foreach (var key in settings.Keys.Where(k => k.Contains(":Jwt:", StringComparison.Ordinal)).ToList())
        {
            settings.Remove(key);
        }

        await using var app = await TransportApp.StartAsync(settings);

        using var response = await app.Client.SendAsync(PostQuery("{ hello }").WithBearer(TestTokens.Create(roles: ["editor"])));

        await response.AssertRequestErrorAsync(HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
        Assert.Equal("ApiKey", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }
}
