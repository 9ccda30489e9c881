using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// The subgraph around an entity: entities up to <see cref="Depth"/> relationships away through
/// <see cref="Filter"/>, nearest first, and the relationships followed between them; at most
/// <see cref="Limit"/> of each, truncated when the limit cut it.
/// </summary>
public sealed record NeighbourhoodField(string ResponseName, string Id, int Depth, int Limit, TraversalFilter Filter, IReadOnlyList<OutputField> Fields, TraversalLimits Limits)
    : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = Neighbourhood \"{Id}\" (depth {Depth}, limit {Limit})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() =>
        new (string, PlanNode)[] { ("filter", Filter) }.Concat(Fields.Select(f => (f.ResponseName, (PlanNode)f)));
}
