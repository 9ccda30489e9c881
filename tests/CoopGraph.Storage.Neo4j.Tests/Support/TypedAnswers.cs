using System.Text.Json.Nodes;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>Hand-written Query API answers: the one <c>data</c> value a translated read returns, written as plain JSON and sent typed.</summary>
internal static class TypedAnswers
{
    /// <summary>A Query API answer whose one value is <paramref name="data"/>, written as plain JSON and typed here.</summary>
    public static string Data(string data) =>
        new JsonObject
        {
            ["data"] = new JsonObject { ["fields"] = new JsonArray("data"), ["values"] = new JsonArray(new JsonArray(Typed(JsonNode.Parse(data)))) },
            ["bookmarks"] = new JsonArray(),
        }.ToJsonString();

    private static JsonObject Typed(JsonNode? value) => value switch
    {
        null => Tagged("Null", null),
        JsonObject map => Tagged("Map", new JsonObject(map.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Typed(p.Value))))),
        JsonArray list => Tagged("List", new JsonArray(list.Select(item => (JsonNode?)Typed(item)).ToArray())),
        JsonValue text when text.TryGetValue<string>(out var s) => Tagged("String", s),
        JsonValue flag when flag.TryGetValue<bool>(out var b) => Tagged("Boolean", b),
        _ => Tagged("Integer", value.GetValue<long>().ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static JsonObject Tagged(string type, JsonNode? value) => new() { ["$type"] = type, ["_value"] = value };
}
