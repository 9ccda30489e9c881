using System.Text.Json;
using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Mutations;

/// <summary>What the mutation tests share: sources and quotes the seed's articles really hold, and payload helpers.</summary>
internal static class Curation
{
    public const string HokkaidoArticle = "source:quang-ninh-and-hokkaido-sign-cooperation-agreement";

    /// <summary>Words of <see cref="HokkaidoArticle"/>'s text, with its typographic apostrophe.</summary>
    public const string HokkaidoQuote = "Governor of Japan’s Hokkaido prefecture Suzuki Naomichi";

    public const string Sources = $$"""[{ source: "{{HokkaidoArticle}}", quote: "Ha Long city" }]""";

    /// <summary>Runs a mutation with no top-level errors and returns the named field's payload.</summary>
    public static async Task<JsonElement> PayloadAsync(this GraphQLHarness api, string mutation, string field, object? variables = null)
    {
        var response = await api.ExecuteAsync(mutation, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), "Unexpected errors: " + errors);
        return response.GetProperty("data").GetProperty(field);
    }

    public static string[] Codes(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetString()!).ToArray();

    public static string[] Paths(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray()
            .Select(e => string.Join(".", e.GetProperty("path").EnumerateArray().Select(p => p.GetString())))
            .ToArray();
}
