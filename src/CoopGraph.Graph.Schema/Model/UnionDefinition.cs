namespace CoopGraph.Graph.Schema.Model;

/// <summary>A union of node types, used as the target of a relationship field.</summary>
public sealed class UnionDefinition
{
    internal UnionDefinition(string name, IReadOnlyList<NodeType> members, SourceLocation location)
    {
        Name = name;
        Members = members;
        Location = location;
    }

    public string Name { get; }

    public IReadOnlyList<NodeType> Members { get; }

    public SourceLocation Location { get; }
}
