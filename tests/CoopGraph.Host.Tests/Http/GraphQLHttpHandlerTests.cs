using System.Net;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Http;

public sealed partial class GraphQLHttpHandlerTests(TransportFixture fixture) : IClassFixture<TransportFixture>
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Post_without_accept_answers_200_as_application_json()
    {
        using var response = await _client.SendAsync(PostQuery("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("""{"data":{"hello":"Hello, world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.8", GraphQLResponseJson)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("text/html;q=0.9, application/graphql-response+json;q=0.1", GraphQLResponseJson)]
    [InlineData(Json, Json)]
    public async Task Accept_header_chooses_the_response_media_type(string accept, string expected)
    {
        using var response = await _client.SendAsync(PostQuery("{ hello }", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.MediaType());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        using var response = await _client.SendAsync(PostQuery("{ hello }", accept));

        await response.AssertRequestErrorAsync(HttpStatusCode.NotAcceptable, "BAD_USER_INPUT");
        Assert.Equal("application/json", response.MediaType());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Document_parse_error_has_no_data_and_a_status_that_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(PostQuery("{", accept));

        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.NotEmpty(body.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Validation_error_has_no_data_and_a_status_that_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(PostQuery("{ noSuchField }", accept));

        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("noSuchField", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(Json, HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    public async Task Variable_coercion_failure_is_a_request_error(string accept, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(PostQuery("query($a: Int!) { add(a: $a, b: 1) }", accept, new { a = "not a number" }));

        Assert.Equal(status, response.StatusCode);
        Assert.False((await response.JsonBodyAsync()).TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Field_error_is_200_with_data_and_no_exception_detail()
    {
        using var response = await _client.SendAsync(PostQuery("{ hello failing }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"hello\":\"Hello, world\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("StackTrace", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.Equal("INTERNAL", (await response.JsonBodyAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            using var response = await _client.SendAsync(new HttpRequestMessage(method, "/graphql"));

            await response.AssertRequestErrorAsync(HttpStatusCode.MethodNotAllowed, "BAD_USER_INPUT");
            Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
        }
    }

    [Fact]
    public async Task Trailing_slash_path_is_the_same_endpoint()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }"}""", path: "/graphql/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Sdl_is_served_as_plain_text()
    {
        using var response = await _client.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.MediaType());
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Contains("rename(name: String!): String!", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sdl_is_404_when_introspection_is_off()
    {
        await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Api:Introspection"] = "false" });

        using var response = await app.Client.GetAsync("/graphql?sdl");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
