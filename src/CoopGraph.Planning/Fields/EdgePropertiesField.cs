namespace CoopGraph.Planning.Fields;

/// <summary>An edge's <c>properties</c> object: the relationship's properties, written with <see cref="Fields"/>.</summary>
public sealed record EdgePropertiesField(string ResponseName, IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = edge properties";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
