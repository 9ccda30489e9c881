using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Fields;

/// <summary>
/// The generic view's <c>relationships</c>: the parent's relationships of the given types
/// (all when null) in a direction, ordered by relationship id, at most <see cref="Limit"/>.
/// </summary>
public sealed record RelationshipListField(
    string ResponseName,
    IReadOnlyList<RelationshipType>? Types,
    RelationshipDirection Direction,
    int Limit,
    IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() =>
        $"{ResponseName} = relationships [{(Types is null ? "*" : string.Join("|", Types.Select(t => t.Name)))} {Direction}] (limit {Limit})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
