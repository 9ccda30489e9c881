using System.Net;
using System.Text;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Http;

public sealed partial class GraphQLHttpHandlerTests
{
    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("Application/JSON")]
    public async Task Post_accepts_json_with_or_without_utf8_charset(string contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello(name: \"Đà Nẵng\") }"}""", contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, Đà Nẵng", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task Post_with_another_or_no_content_type_is_415(string? contentType)
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }"}""", contentType));

        var error = await response.AssertRequestErrorAsync(HttpStatusCode.UnsupportedMediaType, "BAD_USER_INPUT");
        Assert.Contains("application/json", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\":", Json)]
    [InlineData("not json", Json)]
    [InlineData("", GraphQLResponseJson)]
    [InlineData("{\"qeury\":\"{ hello }\"}", Json)]
    [InlineData("{\"query\":1}", Json)]
    [InlineData("{\"query\":null}", GraphQLResponseJson)]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[7]}", Json)]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"{}\"}", Json)]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":true}", Json)]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":{}}", GraphQLResponseJson)]
    [InlineData("\"{ hello }\"", Json)]
    public async Task Malformed_body_or_parameters_are_400_under_either_media_type(string body, string accept)
    {
        using var response = await _client.SendAsync(Post(body, accept: accept));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "BAD_USER_INPUT");
        Assert.Equal(accept, response.MediaType());
    }

    [Fact]
    public async Task Batched_array_body_is_400_and_says_batching_is_not_supported()
    {
        using var response = await _client.SendAsync(Post("""[{"query":"{ hello }"},{"query":"{ hello }"}]"""));

        var error = await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "BAD_USER_INPUT");
        Assert.Contains("Batched requests", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_optional_parameters_are_absent_and_unknown_keys_are_ignored()
    {
        using var response = await _client.SendAsync(Post("""{"query":"{ hello }","variables":null,"operationName":null,"extensions":null,"somethingElse":1}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Variables_and_operation_name_select_and_feed_the_operation()
    {
        const string Body = """
            {"query":"query A { hello } query B($a: Int!, $b: Int!) { add(a: $a, b: $b) }","operationName":"B","variables":{"a":40,"b":2},"extensions":{"x":1}}
            """;

        using var response = await _client.SendAsync(Post(Body, accept: GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"add":42}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mutation_runs_over_post()
    {
        using var response = await _client.SendAsync(PostQuery("""mutation { rename(name: "Huế") }""").WithApiKey(TestCredentials.EditorKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("renamed to Huế", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("rename").GetString());
    }

    [Fact]
    public async Task Subscription_over_http_is_a_validation_error()
    {
        using var response = await _client.SendAsync(PostQuery("subscription { ticks }", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonBodyAsync()).GetProperty("errors")[0];
        Assert.Contains("graphql-transport-ws", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Body_larger_than_the_limit_is_413()
    {
        await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Http:MaxRequestBodyBytes"] = "64" });
        var body = "{\"query\":\"{ hello }\",\"extensions\":{\"padding\":\"" + new string('x', 100) + "\"}}";

        using var withLength = await app.Client.SendAsync(Post(body));
        using var chunked = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new ChunkedContent(Encoding.UTF8.GetBytes(body)),
        });
        using var small = await app.Client.SendAsync(Post("""{"query":"{ hello }"}"""));

        await withLength.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge, "LIMIT_EXCEEDED");
        await chunked.AssertRequestErrorAsync(HttpStatusCode.RequestEntityTooLarge, "LIMIT_EXCEEDED");
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    /// <summary>A body without Content-Length, as a streaming client sends it.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Json);
            return false;
        }
    }
}
