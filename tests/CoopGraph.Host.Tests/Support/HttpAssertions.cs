using System.Net;
using System.Text.Json;

namespace CoopGraph.Host.Tests.Support;

internal static class HttpAssertions
{
    public static async Task<JsonElement> JsonBodyAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>A request error: the status, one error with the given contract code, no <c>data</c> key, no exception detail.</summary>
    public static async Task<JsonElement> AssertRequestErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.False(body.TryGetProperty("data", out _), "a request error has no data key");
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("Exception", error.GetRawText(), StringComparison.Ordinal);
        return error;
    }
}
