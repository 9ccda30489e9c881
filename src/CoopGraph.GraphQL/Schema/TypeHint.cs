using System.Text.Json;

namespace CoopGraph.GraphQL.Schema;

/// <summary>
/// Reads the label that fallback rendering records on every entity object, so graphql-dotnet
/// can resolve interface and union types when it executes an operation itself (introspection mixed with data).
/// </summary>
internal static class TypeHint
{
    public static string? LabelOf(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty(ApiSchemaBuilder.TypeHintKey, out var label)
            ? label.GetString()
            : null;

    public static bool Is(object? value, string label) => LabelOf(value) == label;
}
