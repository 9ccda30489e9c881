using CoopGraph.Planning.Paging;
using CoopGraph.Planning.Sources;

namespace CoopGraph.Planning.Fields;

/// <summary>A plain list of entities (neighbours), ordered, at most <see cref="Limit"/>.</summary>
public sealed record EntityListField(string ResponseName, EntitySource Source, IReadOnlyList<SortKey> Order, int Limit, EntityProjection Projection)
    : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = list (limit {Limit})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() =>
        new (string, PlanNode)[] { ("source", Source) }
            .Concat(Order.Select(k => ("order", (PlanNode)k)))
            .Append(("project", Projection));
}
