namespace CoopGraph.Planning.Fields;

/// <summary>
/// A researcher's own read-only statement in a store's query language (<see cref="Language"/>), run as given with its
/// parameters by a store that speaks the language and refused by any other; answered as columns and rows written with
/// <see cref="Fields"/>, at most <see cref="MaxRows"/> rows. The plan names no language: the API decides which it
/// offers, the store which it runs.
/// </summary>
public sealed record StoreQueryField(
    string ResponseName,
    string Language,
    string Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    int MaxRows,
    IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Language} ({Parameters.Count} parameters, at most {MaxRows} rows)";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
