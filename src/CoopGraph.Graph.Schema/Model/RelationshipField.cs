namespace CoopGraph.Graph.Schema.Model;

/// <summary>A field of a node type that follows a relationship type to other nodes.</summary>
public sealed class RelationshipField
{
    internal RelationshipField(
        string name,
        NodeType owner,
        RelationshipType relationshipType,
        RelationshipDirection direction,
        string targetTypeName,
        IReadOnlyList<NodeType> targets,
        bool isList,
        bool isRequired,
        SourceLocation location)
    {
        Name = name;
        Owner = owner;
        RelationshipType = relationshipType;
        Direction = direction;
        TargetTypeName = targetTypeName;
        Targets = targets;
        IsList = isList;
        IsRequired = isRequired;
        Location = location;
    }

    public string Name { get; }

    public NodeType Owner { get; }

    public RelationshipType RelationshipType { get; }

    public RelationshipDirection Direction { get; }

    /// <summary>The node type or union named in the type definitions.</summary>
    public string TargetTypeName { get; }

    /// <summary>The node types at the other end (several when the target is a union).</summary>
    public IReadOnlyList<NodeType> Targets { get; }

    public bool IsList { get; }

    public bool IsRequired { get; }

    public SourceLocation Location { get; }

    /// <summary>True when the target is a single node type rather than a union.</summary>
    public bool HasSingleTarget => Targets.Count == 1 && Targets[0].Name == TargetTypeName;

    public override string ToString() =>
        $"{Owner.Name}.{Name} -[{RelationshipType.Name} {Direction}]-> {TargetTypeName}{(IsList ? " (many)" : string.Empty)}";
}
