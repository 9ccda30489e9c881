using System.Net;
using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Hosting;

public sealed class CorsSetupTests
{
    [Fact]
    public async Task Listed_origin_gets_a_preflight_answer_and_others_do_not()
    {
        await using var app = await TransportApp.StartAsync(new Dictionary<string, string?> { ["CoopGraph:Cors:AllowedOrigins:0"] = "https://research.example" });

        using var allowed = await app.Client.SendAsync(Preflight("https://research.example"));
        using var other = await app.Client.SendAsync(Preflight("https://elsewhere.example"));

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://research.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_cors_headers_are_sent()
    {
        await using var app = await TransportApp.StartAsync();
        using var request = GraphQLRequests.PostQuery("{ hello }");
        request.Headers.Add("Origin", "https://research.example");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
