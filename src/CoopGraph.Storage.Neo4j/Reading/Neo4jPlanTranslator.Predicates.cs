using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// A predicate as a Cypher expression that is always true or false, never null: Cypher's
    /// three-valued logic would make <c>NOT (x = $v)</c> drop rows where x is missing, while the
    /// plan's semantics (the embedded store's) count a comparison with a missing value as false and
    /// its negated forms as true.
    /// </summary>
    private string Predicate(Predicate predicate, Scope scope)
    {
        var visitor = new CypherCondition(this, scope);
        return PredicateDispatch.Visit<CypherCondition, string>(ref visitor, predicate);
    }

    private string Compare(ComparePredicate compare, Scope scope)
    {
        var op = Operators.Of(compare.Operator);
        var comparison = new CypherComparison(this);
        return ComparisonDispatch.Evaluate<CypherComparison, CypherOperand, string>(ref comparison, op, new CypherOperand(compare.Operand, scope, op.Folds), compare.Value);
    }
}
