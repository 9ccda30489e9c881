using CoopGraph.Planning;
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
        switch (predicate)
        {
            case AndPredicate and:
                return and.Operands.Count == 0 ? "true" : "(" + string.Join(" AND ", and.Operands.Select(p => Predicate(p, scope))) + ")";
            case OrPredicate or:
                return or.Operands.Count == 0 ? "false" : "(" + string.Join(" OR ", or.Operands.Select(p => Predicate(p, scope))) + ")";
            case NotPredicate not:
                return "NOT " + Predicate(not.Operand, scope);
            case ComparePredicate compare:
                return Compare(compare, scope);
            case ListPredicate list:
            {
                var values = $"coalesce({Property(scope.Node, list.Property.Name)}, [])";
                var index = Fresh("i");
                var element = Predicate(list.Element, scope with { Element = new ElementScope(list.Property, scope.Node, index) });
                var function = list.Quantifier switch
                {
                    Quantifier.Some => "any",
                    Quantifier.All => "all",
                    Quantifier.None => "none",
                    _ => "single",
                };
                return $"{function}({index} IN range(0, size({values}) - 1) WHERE {element})";
            }

            case ListAnyPredicate any:
                return $"size(coalesce({Property(scope.Node, any.Property.Name)}, [])) {(any.Any ? ">" : "=")} 0";
            case RelationshipPredicate relationship:
            {
                var (pattern, target, edge) = FieldPattern(scope.Node, relationship.Field);
                var inner = new Scope(target, edge, relationship.Field.Targets);
                var conditions = new[] { relationship.Node, relationship.Edge }.OfType<Predicate>().Select(p => Predicate(p, inner)).ToArray();
                var condition = conditions.Length == 0 ? "true" : string.Join(" AND ", conditions);
                return relationship.Quantifier switch
                {
                    Quantifier.Some => $"EXISTS {{ MATCH {pattern} WHERE {condition} }}",
                    Quantifier.None => $"NOT EXISTS {{ MATCH {pattern} WHERE {condition} }}",
                    Quantifier.All => $"NOT EXISTS {{ MATCH {pattern} WHERE NOT ({condition}) }}",
                    _ => $"COUNT {{ MATCH {pattern} WHERE {condition} }} = 1",
                };
            }

            case RelationshipExistsPredicate exists:
            {
                var (pattern, _, _) = FieldPattern(scope.Node, exists.Field);
                return (exists.Exists ? string.Empty : "NOT ") + $"EXISTS {{ MATCH {pattern} }}";
            }

            default:
                throw new PlanExecutionException("INTERNAL", $"The Neo4j store does not translate the condition '{predicate.Describe()}'.");
        }
    }

    private string Compare(ComparePredicate compare, Scope scope)
    {
        var op = Operators.Of(compare.Operator);
        var comparison = new CypherComparison(this);
        return ComparisonDispatch.Evaluate<CypherComparison, CypherOperand, string>(ref comparison, op, new CypherOperand(compare.Operand, scope, op.Folds), compare.Value);
    }
}
