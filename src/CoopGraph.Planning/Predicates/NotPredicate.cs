namespace CoopGraph.Planning.Predicates;

public sealed record NotPredicate(Predicate Operand) : Predicate
{
    public override string Describe() => "Not";

    public override IEnumerable<(string Role, PlanNode Node)> Children() => [("not", Operand)];
}
