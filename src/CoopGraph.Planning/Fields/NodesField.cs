namespace CoopGraph.Planning.Fields;

/// <summary>The entities of a connection page (or the node of one edge).</summary>
public sealed record NodesField(string ResponseName, bool Single, EntityProjection Projection) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {(Single ? "node" : "nodes")}";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("project", Projection)];
}
