namespace CoopGraph.Planning.Fields;

/// <summary>The Source entity a source reference names.</summary>
public sealed record SourceRefSourceField(string ResponseName, EntityProjection Projection) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = source";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("project", Projection)];
}
