using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning.Traversals;

/// <summary>The relationships of a traversal result (a path's or subgraph's; a timeline entry's), each written with <see cref="Fields"/>.</summary>
public sealed record TraversalRelationshipsField(string ResponseName, TraversalValue Value, IReadOnlyList<OutputField> Fields) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Value}";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
