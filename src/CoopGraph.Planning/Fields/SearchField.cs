using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Fields;

/// <summary>
/// Full-text search over the @searchable properties of <see cref="Labels"/>, with folded text;
/// hits ranked by score (exact, then prefix, then word prefix, then substring; the display
/// property weighs most), ties by id; each hit written with <see cref="Fields"/>.
/// </summary>
public sealed record SearchField(string ResponseName, string FoldedText, IReadOnlyList<NodeType> Labels, int Limit, IReadOnlyList<OutputField> Fields)
    : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = Search \"{FoldedText}\" in {Sources.LookupIds.LabelsText(Labels)} (limit {Limit})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
