using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Which relationships a traversal follows (types, all when null; direction) and which
/// entities it may pass through (labels, all when null; the entities named in the request are always allowed).
/// </summary>
public sealed record TraversalFilter(IReadOnlyList<RelationshipType>? Types, IReadOnlyList<NodeType>? Labels, RelationshipDirection Direction) : PlanNode
{
    public static readonly TraversalFilter Any = new(null, null, RelationshipDirection.Both);

    public override string Describe() =>
        $"Follow [{(Types is null ? "*" : string.Join("|", Types.Select(t => t.Name)))} {Direction}] through {(Labels is null ? "*" : Sources.LookupIds.LabelsText(Labels))}";
}
