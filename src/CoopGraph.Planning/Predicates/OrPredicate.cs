namespace CoopGraph.Planning.Predicates;

public sealed record OrPredicate(IReadOnlyList<Predicate> Operands) : Predicate
{
    public override string Describe() => "Or";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Operands.Select(o => ("or", (PlanNode)o));
}
