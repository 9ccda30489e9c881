namespace CoopGraph.Planning.Predicates;

public sealed record AndPredicate(IReadOnlyList<Predicate> Operands) : Predicate
{
    public override string Describe() => "And";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => Operands.Select(o => ("and", (PlanNode)o));
}
