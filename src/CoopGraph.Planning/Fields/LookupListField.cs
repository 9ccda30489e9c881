using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Fields;

/// <summary><c>nodes(ids:)</c>: one element per id, in the order given, null where no entity has that id.</summary>
public sealed record LookupListField(string ResponseName, IReadOnlyList<string> Ids, IReadOnlyList<NodeType> Labels, EntityProjection Projection)
    : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = lookup list [{string.Join(", ", Ids.Select(i => "\"" + i + "\""))}]";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("project", Projection)];
}
