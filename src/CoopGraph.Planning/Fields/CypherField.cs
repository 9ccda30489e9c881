namespace CoopGraph.Planning.Fields;

/// <summary>
/// A researcher's own read-only Cypher statement with its parameters (Neo4j store only), answered as
/// columns and rows written with <see cref="Fields"/>; at most <see cref="MaxRows"/> rows.
/// </summary>
public sealed record CypherField(
    string ResponseName,
    string Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    int MaxRows,
    IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = Cypher ({Parameters.Count} parameters, at most {MaxRows} rows)";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
