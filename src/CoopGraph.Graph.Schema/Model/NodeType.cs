namespace CoopGraph.Graph.Schema.Model;

/// <summary>A <c>@node</c> type: a label with its properties and relationship fields.</summary>
public sealed class NodeType
{
    private readonly Dictionary<string, PropertyDefinition> _propertiesByName;
    private readonly List<RelationshipField> _relationships = [];
    private Dictionary<string, RelationshipField> _relationshipsByName = new(StringComparer.Ordinal);

    internal NodeType(
        string name,
        int ordinal,
        string plural,
        IReadOnlyList<PropertyDefinition> properties,
        PropertyDefinition display,
        SourceLocation location)
    {
        Name = name;
        Ordinal = ordinal;
        Plural = plural;
        Properties = properties;
        Display = display;
        Location = location;
        IdPrefix = Identifiers.KebabCase(name);
        _propertiesByName = properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        Searchable = properties.Where(p => p.IsSearchable).ToArray();
    }

    /// <summary>The label, e.g. <c>Province</c>.</summary>
    public string Name { get; }

    /// <summary>Dense number of the label, for compact storage.</summary>
    public int Ordinal { get; }

    /// <summary>The plural used for root fields, e.g. <c>people</c>.</summary>
    public string Plural { get; }

    /// <summary>The id prefix of the id rule, e.g. <c>historical-tie</c>.</summary>
    public string IdPrefix { get; }

    /// <summary>Stored properties other than <c>id</c>, in declaration order (their ordinals).</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; }

    /// <summary>The property that gives an entity its displayName.</summary>
    public PropertyDefinition Display { get; }

    public IReadOnlyList<PropertyDefinition> Searchable { get; }

    public IReadOnlyList<RelationshipField> Relationships => _relationships;

    public SourceLocation Location { get; }

    public PropertyDefinition? FindProperty(string name) => _propertiesByName.GetValueOrDefault(name);

    public RelationshipField? FindRelationship(string name) => _relationshipsByName.GetValueOrDefault(name);

    internal void AddRelationship(RelationshipField field)
    {
        _relationships.Add(field);
        _relationshipsByName[field.Name] = field;
    }

    /// <summary>Puts relationship fields back in declaration order (they are created per relationship type).</summary>
    internal void Seal()
    {
        _relationships.Sort((a, b) => (a.Location.Line, a.Location.Column).CompareTo((b.Location.Line, b.Location.Column)));
        _relationshipsByName = new Dictionary<string, RelationshipField>(_relationshipsByName, StringComparer.Ordinal);
    }

    public override string ToString() => Name;
}
