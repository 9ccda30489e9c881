using System.Net;
using CoopGraph.Host.Tests.Support;
using static CoopGraph.Host.Tests.Support.GraphQLRequests;

namespace CoopGraph.Host.Tests.Http;

public sealed partial class GraphQLHttpHandlerTests
{
    [Fact]
    public async Task Get_runs_a_query_with_url_encoded_variables()
    {
        var query = Uri.EscapeDataString("query($a: Int!) { add(a: $a, b: 2) }");
        var variables = Uri.EscapeDataString("""{"a":40}""");

        using var response = await _client.SendAsync(Get($"query={query}&variables={variables}", GraphQLResponseJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, response.MediaType());
        Assert.Equal("""{"data":{"add":42}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_treats_empty_optional_parameters_as_absent()
    {
        using var response = await _client.SendAsync(Get("query=%7B%20hello%20%7D&operationName=&variables=&extensions="));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, world", (await response.JsonBodyAsync()).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Get_mutation_is_405_with_allow(string accept)
    {
        using var response = await _client.SendAsync(Get("query=" + Uri.EscapeDataString("mutation { rename(name: \"x\") }"), accept));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains("POST", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Get_mutation_selected_by_operation_name_is_405_but_the_query_beside_it_runs()
    {
        var document = Uri.EscapeDataString("query Q { hello } mutation M { rename(name: \"x\") }");

        using var mutation = await _client.SendAsync(Get($"query={document}&operationName=M"));
        using var query = await _client.SendAsync(Get($"query={document}&operationName=Q"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, mutation.StatusCode);
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("operationName=A")]
    [InlineData("query=")]
    [InlineData("query=%7Bhello%7D&variables=%5B7%5D")]
    [InlineData("query=%7Bhello%7D&variables=not-json")]
    [InlineData("query=%7Bhello%7D&extensions=1")]
    [InlineData("query=%7Bhello%7D&query=%7Bhello%7D")]
    public async Task Get_with_missing_or_malformed_parameters_is_400(string queryString)
    {
        using var response = await _client.SendAsync(Get(queryString, GraphQLResponseJson));

        await response.AssertRequestErrorAsync(HttpStatusCode.BadRequest, "BAD_USER_INPUT");
    }
}
