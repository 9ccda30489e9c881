namespace CoopGraph.Graph.Schema.Model;

/// <summary>A <c>@relationshipProperties</c> type: the properties a relationship carries.</summary>
public sealed class RelationshipPropertiesType
{
    private readonly Dictionary<string, PropertyDefinition> _byName;

    internal RelationshipPropertiesType(string name, IReadOnlyList<PropertyDefinition> properties, SourceLocation location)
    {
        Name = name;
        Properties = properties;
        Location = location;
        _byName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<PropertyDefinition> Properties { get; }

    public SourceLocation Location { get; }

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);
}
