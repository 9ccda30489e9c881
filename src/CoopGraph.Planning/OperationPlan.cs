using CoopGraph.Planning.Fields;

namespace CoopGraph.Planning;

/// <summary>The whole of one read operation: the fields of its root object, in response order.</summary>
public sealed record OperationPlan(IReadOnlyList<OutputField> Fields) : PlanNode
{
    /// <summary>False when every field is answered from the plan alone (<c>__typename</c>, <c>model</c>, a failed field): no snapshot or request is needed.</summary>
    public bool ReadsStore => Fields.Any(f => f is not (TypenameField or ModelField or FailedField));

    public override string Describe() => "Operation";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Fields.Select(f => (f.ResponseName, (PlanNode)f));
}
