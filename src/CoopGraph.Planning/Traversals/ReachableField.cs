using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Entities at the end of a path from <see cref="From"/> that matches <see cref="Pattern"/>,
/// with a label in <see cref="Labels"/> (any when null); nearest first, then by id; at most <see cref="First"/>.
/// </summary>
public sealed record ReachableField(
    string ResponseName,
    string From,
    PathPattern Pattern,
    IReadOnlyList<NodeType>? Labels,
    int First,
    EntityProjection Projection,
    TraversalLimits Limits) : OutputField(ResponseName)
{
    public override string Describe() =>
        $"{ResponseName} = Reachable from \"{From}\" as {(Labels is null ? "*" : Sources.LookupIds.LabelsText(Labels))} (first {First})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("pattern", Pattern), ("project", Projection)];
}
