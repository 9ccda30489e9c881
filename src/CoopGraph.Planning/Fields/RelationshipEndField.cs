namespace CoopGraph.Planning.Fields;

/// <summary>The start or end entity of the relationship at hand.</summary>
public sealed record RelationshipEndField(string ResponseName, bool Start, EntityProjection Projection) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {(Start ? "start" : "end")}";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("project", Projection)];
}
