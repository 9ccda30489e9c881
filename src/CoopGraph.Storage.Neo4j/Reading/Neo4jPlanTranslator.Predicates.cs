using CoopGraph.Graph.Schema.Values;
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
        var op = compare.Operator;
        var value = compare.Value;
        switch (op)
        {
            case CompareOperator.Eq or CompareOperator.Neq:
            {
                var operand = OperandValue(compare.Operand, scope);
                var equal = value is null ? $"{operand} IS NULL" : $"coalesce({operand} = {Parameter(value)}, false)";
                return op == CompareOperator.Eq ? equal : $"NOT ({equal})";
            }

            case CompareOperator.In or CompareOperator.Nin:
            {
                var member = value is object?[] items
                    ? $"coalesce({OperandValue(compare.Operand, scope)} IN {Parameter(items)}, false)"
                    : "false";
                return op == CompareOperator.In ? member : $"NOT ({member})";
            }

            case CompareOperator.IEq or CompareOperator.IContains or CompareOperator.IStartsWith or CompareOperator.IEndsWith:
                return Text(OperandFolded(compare.Operand, scope), op, value);
            case CompareOperator.Contains or CompareOperator.StartsWith or CompareOperator.EndsWith:
                return Text(OperandValue(compare.Operand, scope), op, value);
            case CompareOperator.NContains or CompareOperator.NStartsWith or CompareOperator.NEndsWith:
                return $"NOT ({Text(OperandValue(compare.Operand, scope), op, value)})";
            default:
                return Ordered(compare, scope);
        }
    }

    private string Text(string operand, CompareOperator op, object? value)
    {
        if (value is not string text)
        {
            return "false";
        }

        var function = op switch
        {
            CompareOperator.IEq => "=",
            CompareOperator.Contains or CompareOperator.NContains or CompareOperator.IContains => "CONTAINS",
            CompareOperator.StartsWith or CompareOperator.NStartsWith or CompareOperator.IStartsWith => "STARTS WITH",
            _ => "ENDS WITH",
        };
        return $"coalesce({operand} {function} {Parameter(text)}, false)";
    }

    /// <summary>Range operators; a PartialDate compares by its sort key, held in the <c>__sort_</c> shadow.</summary>
    private string Ordered(ComparePredicate compare, Scope scope)
    {
        if (compare.Value is null)
        {
            return compare.Operator is CompareOperator.Ngt or CompareOperator.Ngte or CompareOperator.Nlt or CompareOperator.Nlte ? "true" : "false";
        }

        var (operand, value) = compare.Value is PartialDate date
            ? (OperandSortKey(compare.Operand, scope), (object)date.SortKey)
            : (OperandValue(compare.Operand, scope), compare.Value);
        var (symbol, negated) = compare.Operator switch
        {
            CompareOperator.Gt => (">", false),
            CompareOperator.Ngt => (">", true),
            CompareOperator.Gte => (">=", false),
            CompareOperator.Ngte => (">=", true),
            CompareOperator.Lt => ("<", false),
            CompareOperator.Nlt => ("<", true),
            CompareOperator.Lte => ("<=", false),
            CompareOperator.Nlte => ("<=", true),
            _ => throw new PlanExecutionException("INTERNAL", $"Unknown operator {compare.Operator}."),
        };
        var test = $"coalesce({operand} {symbol} {Parameter(value)}, false)";
        return negated ? $"NOT ({test})" : test;
    }
}
