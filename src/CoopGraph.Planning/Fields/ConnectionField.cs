using CoopGraph.Planning.Paging;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Planning.Fields;

/// <summary>
/// A Relay connection: the entities of <see cref="Source"/> in <see cref="Order"/> (which
/// always ends with the id, so it is total), one page of them, written with <see cref="Parts"/>.
/// </summary>
public sealed record ConnectionField(
    string ResponseName,
    EntitySource Source,
    IReadOnlyList<SortKey> Order,
    PageRequest Page,
    IReadOnlyList<OutputField> Parts) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = Connection ({Page})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() =>
        new (string, PlanNode)[] { ("source", Source) }
            .Concat(Order.Select(k => ("order", (PlanNode)k)))
            .Concat(Parts.Select(p => (p.ResponseName, (PlanNode)p)));
}
