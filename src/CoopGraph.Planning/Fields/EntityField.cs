using CoopGraph.Planning.Sources;

namespace CoopGraph.Planning.Fields;

/// <summary>A single entity (lookup by id, to-one relationship): the first of <see cref="Source"/>, or null.</summary>
public sealed record EntityField(string ResponseName, EntitySource Source, EntityProjection Projection) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = single";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("source", Source), ("project", Projection)];
}
