using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>Entities one relationship (of <see cref="Types"/>, any when null; either direction) away from both A and B, ordered by id.</summary>
public sealed record CommonNeighboursField(string ResponseName, string A, string B, IReadOnlyList<RelationshipType>? Types, EntityProjection Projection, TraversalLimits Limits)
    : OutputField(ResponseName)
{
    public override string Describe() =>
        $"{ResponseName} = Common neighbours of \"{A}\" and \"{B}\" [{(Types is null ? "*" : string.Join("|", Types.Select(t => t.Name)))}]";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("project", Projection)];
}
