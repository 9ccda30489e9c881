namespace CoopGraph.Graph.Schema.Model;

/// <summary>An enum of the type definitions; property values must be one of its values.</summary>
public sealed class EnumDefinition
{
    private readonly HashSet<string> _valueSet;

    internal EnumDefinition(string name, IReadOnlyList<string> values, SourceLocation location)
    {
        Name = name;
        Values = values;
        Location = location;
        _valueSet = new HashSet<string>(values, StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<string> Values { get; }

    public SourceLocation Location { get; }

    public bool Contains(string value) => _valueSet.Contains(value);
}
