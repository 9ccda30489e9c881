using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Entities of <see cref="Labels"/> (any when null) ranked by <see cref="Algorithm"/> over the
/// relationships of <see cref="Types"/> (any when null), read in both directions; highest score
/// first, ties by id; at most <see cref="First"/>, each written with the RankedEntity <see cref="Fields"/>.
/// </summary>
public sealed record RankField(
    string ResponseName,
    IReadOnlyList<NodeType>? Labels,
    IReadOnlyList<RelationshipType>? Types,
    RankAlgorithm Algorithm,
    int First,
    IReadOnlyList<OutputField> Fields,
    TraversalLimits Limits) : OutputField(ResponseName)
{
    public override string Describe() =>
        $"{ResponseName} = Rank {Algorithm} of {(Labels is null ? "*" : Sources.LookupIds.LabelsText(Labels))} over [{(Types is null ? "*" : string.Join("|", Types.Select(t => t.Name)))}] (first {First})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
