using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Sources;

/// <summary>
/// The generic view's neighbours: entities the parent reaches through relationships of
/// the given types (all when null) in a direction, kept when their label is in <see cref="Labels"/> (all when null).
/// </summary>
public sealed record ExpandAny(IReadOnlyList<RelationshipType>? Types, RelationshipDirection Direction, IReadOnlyList<NodeType>? Labels) : EntitySource
{
    public override string Describe() =>
        $"Expand -[{(Types is null ? "*" : string.Join("|", Types.Select(t => t.Name)))} {Direction}]-> {(Labels is null ? "*" : LookupIds.LabelsText(Labels))}";
}
