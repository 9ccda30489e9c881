namespace CoopGraph.Planning.Fields;

/// <summary>The edges of a connection page; each edge written with <see cref="Fields"/> (cursor, node, properties, sources).</summary>
public sealed record EdgesField(string ResponseName, IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = edges";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
