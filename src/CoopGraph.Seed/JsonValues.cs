using System.Text.Json;

namespace CoopGraph.Seed;

/// <summary>Plain CLR values for JSON property values, so that nothing read keeps its document alive.</summary>
internal static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when element.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToArray(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,

        // An object is never a property value; a detached copy lets the model check say so.
        _ => element.Clone(),
    };
}
