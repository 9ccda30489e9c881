namespace CoopGraph.Graph.Schema.Model;

/// <summary>A stored property of a node type or of a relationship-properties type.</summary>
public sealed class PropertyDefinition
{
    internal PropertyDefinition(
        string name,
        ValueKind kind,
        EnumDefinition? enumType,
        bool isList,
        bool isRequired,
        PropertyFlags flags,
        int ordinal,
        SourceLocation location)
    {
        Name = name;
        Kind = kind;
        EnumType = enumType;
        IsList = isList;
        IsRequired = isRequired;
        Flags = flags;
        Ordinal = ordinal;
        Location = location;
    }

    public string Name { get; }

    public ValueKind Kind { get; }

    /// <summary>The enum when <see cref="Kind"/> is <see cref="ValueKind.Enum"/>.</summary>
    public EnumDefinition? EnumType { get; }

    public bool IsList { get; }

    /// <summary>Non-null in the type definitions: a write must give a value.</summary>
    public bool IsRequired { get; }

    public PropertyFlags Flags { get; }

    /// <summary>Position among the owner's properties; stores keep values in this order.</summary>
    public int Ordinal { get; }

    public SourceLocation Location { get; }

    public bool IsId => (Flags & PropertyFlags.Id) != 0;

    public bool IsUnique => (Flags & PropertyFlags.Unique) != 0;

    public bool IsIndexed => (Flags & (PropertyFlags.Index | PropertyFlags.Unique)) != 0;

    public bool IsSearchable => (Flags & PropertyFlags.Searchable) != 0;

    public bool IsDisplay => (Flags & PropertyFlags.Display) != 0;

    /// <summary>The GraphQL spelling of the type, e.g. <c>[String!]</c> or <c>PartialDate!</c>.</summary>
    public string TypeName
    {
        get
        {
            var scalar = Kind switch
            {
                ValueKind.Enum => EnumType!.Name,
                ValueKind.Id => "ID",
                _ => Kind.ToString(),
            };
            var inner = IsList ? $"[{scalar}!]" : scalar;
            return IsRequired ? inner + "!" : inner;
        }
    }

    public override string ToString() => $"{Name}: {TypeName}";
}
