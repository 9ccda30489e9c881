using System.Text.Json;

namespace CoopGraph.Benchmarks.Api;

/// <summary>The three-level fan-out: 25 provinces × 25 agreements × 25 parties.</summary>
internal static class FanOutQuery
{
    public const string Text =
        "{ provinces(first: 25) { nodes { id name agreements(first: 25) { nodes { id title parties(first: 25) { nodes { ... on Entity { id displayName } } } } } } } }";

    /// <summary>Resolved fields: one per property in the response's data, wrappers (connection, nodes) included.</summary>
    public static int CountFields(byte[] response)
    {
        using var document = JsonDocument.Parse(response);
        return Count(document.RootElement.GetProperty("data"));
    }

    private static int Count(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Sum(p => 1 + Count(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Sum(Count),
        _ => 0,
    };
}
