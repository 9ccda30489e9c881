using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>The entities of a traversal result (a path's or subgraph's nodes; a ranked or dated entity), written with full projections.</summary>
public sealed record TraversalEntitiesField(string ResponseName, TraversalValue Value, EntityProjection Projection) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("project", Projection)];
}
