using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoopGraph.GraphQL.Tests.Support;

internal static class JsonAssert
{
    /// <summary>The <c>id</c> of every element of a JSON array of objects, in order.</summary>
    public static string[] Ids(JsonElement array) => array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();

    /// <summary>The extensions.code of every error of a response.</summary>
    public static string[] ErrorCodes(JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!).ToArray()
            : [];

    /// <summary>Equal as JSON values: member order and white space aside.</summary>
    public static void Equal(string expected, JsonElement actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual.GetRawText());
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Expected {expectedNode?.ToJsonString() ?? "null"}\nActual   {actualNode?.ToJsonString() ?? "null"}");
    }
}
