namespace CoopGraph.Planning.Fields;

/// <summary>The provenance list of the entity or relationship at hand, each reference written with <see cref="Fields"/>.</summary>
public sealed record SourcesField(string ResponseName, IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = sources";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => ("ref", (PlanNode)f));
}
