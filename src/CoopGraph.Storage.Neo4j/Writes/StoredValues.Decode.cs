using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Neo4j.Writes;

internal static partial class StoredValues
{
    /// <summary>
    /// Back to the canonical values of the model (string, long, double, bool, PartialDate, object[]),
    /// in declaration order; shadows and keys the model does not know are left out.
    /// </summary>
    public static Dictionary<string, object?> Decode(IReadOnlyDictionary<string, object?> stored, IReadOnlyList<PropertyDefinition> definitions)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in definitions)
        {
            if (stored.TryGetValue(property.Name, out var value) && value is not null)
            {
                values[property.Name] = value is IReadOnlyList<object?> list
                    ? list.Select(item => Canonical(property, item)).ToArray()
                    : Canonical(property, value);
            }
        }

        return values;
    }

    public static IReadOnlyList<SourceRef> DecodeSources(IReadOnlyDictionary<string, object?> stored) =>
        stored.TryGetValue(StoredNames.Sources, out var json) && json is string text ? SourcesJson.Read(text) : [];

    private static object Canonical(PropertyDefinition property, object? value) => (property.Kind, value) switch
    {
        (ValueKind.PartialDate, string text) => PartialDate.Parse(text),
        (ValueKind.Int, double d) => (long)d,
        (ValueKind.Float, long l) => (double)l,
        (_, not null) => value,
        _ => throw new InvalidOperationException($"'{property.Name}' holds a null list element in Neo4j."),
    };
}
