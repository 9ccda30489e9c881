using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Seed.Synthetic;

/// <summary>A valid value for a property, distinct per index so @unique properties stay unique.</summary>
internal static class SyntheticValues
{
    public static object For(PropertyDefinition property, string owner, int index)
    {
        object scalar = property.Kind switch
        {
            ValueKind.Int => (long)index,
            ValueKind.Float => index * 0.5,
            ValueKind.Boolean => index % 2 == 0,
            ValueKind.PartialDate => new PartialDate(1900 + (index % 120)),
            ValueKind.Enum => property.EnumType!.Values[index % property.EnumType.Values.Count],
            _ => $"{owner} {index}",
        };
        return property.IsList ? new[] { scalar } : scalar;
    }

    /// <summary>The required properties and the display property: what a node or relationship must and should have.</summary>
    public static Dictionary<string, object?> Properties(IReadOnlyList<PropertyDefinition> definitions, string owner, int index)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in definitions)
        {
            if (property.IsRequired || property.IsDisplay)
            {
                values[property.Name] = For(property, owner, index);
            }
        }

        return values;
    }
}
