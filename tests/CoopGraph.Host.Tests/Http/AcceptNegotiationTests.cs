using CoopGraph.Host.Http;
using Microsoft.Extensions.Primitives;

namespace CoopGraph.Host.Tests.Http;

public sealed class AcceptNegotiationTests
{
    [Theory]
    [InlineData(null, nameof(ResponseMediaType.Json))]
    [InlineData("", nameof(ResponseMediaType.Json))]
    [InlineData("*/*", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/json", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json, application/json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/json, application/graphql-response+json", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/graphql-response+json;q=0.8, application/json;q=0.9", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json;q=0.9, */*;q=1", nameof(ResponseMediaType.Json))]
    [InlineData("application/graphql-response+json, */*;q=0.1", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/*;q=0.5, application/graphql-response+json;q=0.4", nameof(ResponseMediaType.Json))]
    [InlineData("*/*, application/json;q=0", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("application/graphql-response+json; charset=utf-8", nameof(ResponseMediaType.GraphQLResponseJson))]
    [InlineData("text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8", nameof(ResponseMediaType.Json))]
    [InlineData("garbage", nameof(ResponseMediaType.Json))]
    public void Chooses_by_weight_then_specificity(string? accept, string expected)
    {
        Assert.Equal(Enum.Parse<ResponseMediaType>(expected), AcceptNegotiation.SelectResponseType(new StringValues(accept)));
    }

    [Fact]
    public void Reads_every_header_line()
    {
        var accept = new StringValues(["application/json;q=0.5", "application/graphql-response+json;q=0.7"]);

        Assert.Equal(ResponseMediaType.GraphQLResponseJson, AcceptNegotiation.SelectResponseType(accept));
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("application/json;q=0")]
    [InlineData("*/*;q=0")]
    [InlineData("application/json; charset=utf-16")]
    public void Nothing_acceptable_is_null(string accept)
    {
        Assert.Null(AcceptNegotiation.SelectResponseType(accept));
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("text/html", true)]
    [InlineData("*/*", false)]
    [InlineData("application/json, text/html;q=0.9", false)]
    [InlineData("application/graphql-response+json, application/json, multipart/mixed", false)]
    [InlineData(null, false)]
    public void Recognises_a_browser_navigation(string? accept, bool expected)
    {
        Assert.Equal(expected, AcceptNegotiation.PrefersHtml(new StringValues(accept)));
    }
}
