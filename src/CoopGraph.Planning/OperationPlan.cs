using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning;

/// <summary>The whole of one read operation: the fields of its root object, in response order.</summary>
public sealed record OperationPlan(IReadOnlyList<OutputField> Fields) : PlanNode
{
    public override string Describe() => "Operation";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
