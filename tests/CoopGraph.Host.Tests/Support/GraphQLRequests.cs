using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Host.Tests.Support;

internal static class GraphQLRequests
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static HttpRequestMessage Post(string body, string? contentType = Json, string? accept = null, string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage PostQuery(string query, string? accept = null, object? variables = null) =>
        Post(JsonSerializer.Serialize(new { query, variables }), accept: accept);

    public static HttpRequestMessage Get(string queryString, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
