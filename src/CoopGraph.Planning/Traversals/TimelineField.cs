using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Dated facts in date order (ties by description, then id): every value of the
/// <see cref="Facts"/> properties between <see cref="From"/> and <see cref="To"/> (inclusive,
/// open when null), about the entity <see cref="Id"/> when set (the fact's own entity, the ends
/// of its relationship, or an entity one relationship away from it); at most <see cref="First"/>.
/// </summary>
public sealed record TimelineField(
    string ResponseName,
    string? Id,
    PartialDate? From,
    PartialDate? To,
    int First,
    IReadOnlyList<DatedProperty> Facts,
    IReadOnlyList<OutputField> Fields,
    TraversalLimits Limits) : OutputField(ResponseName)
{
    public override string Describe() =>
        $"{ResponseName} = Timeline{(Id is null ? string.Empty : $" of \"{Id}\"")} from {From?.ToString() ?? "*"} to {To?.ToString() ?? "*"} (first {First}) from [{string.Join(", ", Facts)}]";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
