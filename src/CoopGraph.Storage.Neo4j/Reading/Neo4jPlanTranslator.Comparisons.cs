using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>An operand to compare, written into Cypher only when a comparison needs it (parameters are numbered in the order they are made).</summary>
    private readonly record struct CypherOperand(Operand Operand, Scope Scope, bool Folded);

    /// <summary>
    /// Neo4j's comparisons as Cypher that is true or false, never null (<c>coalesce(…, false)</c>), so a negation is the
    /// complement the plan means: a comparison with a missing value is false, its negated form true.
    /// </summary>
    private readonly struct CypherComparison(Neo4jPlanTranslator translator) : IComparisonEvaluator<CypherOperand, string>
    {
        public string Equal(CypherOperand operand, object? value)
        {
            var expression = Expression(operand);
            return value is null ? $"{expression} IS NULL" : $"coalesce({expression} = {translator.Parameter(value)}, false)";
        }

        public string In(CypherOperand operand, object?[]? values) =>
            values is null ? "false" : $"coalesce({Expression(operand)} IN {translator.Parameter(values)}, false)";

        public string Contains(CypherOperand operand, string? value) => Text(operand, "CONTAINS", value);

        public string StartsWith(CypherOperand operand, string? value) => Text(operand, "STARTS WITH", value);

        public string EndsWith(CypherOperand operand, string? value) => Text(operand, "ENDS WITH", value);

        public string Greater(CypherOperand operand, object? value) => Ordered(operand, ">", value);

        public string GreaterOrEqual(CypherOperand operand, object? value) => Ordered(operand, ">=", value);

        public string Less(CypherOperand operand, object? value) => Ordered(operand, "<", value);

        public string LessOrEqual(CypherOperand operand, object? value) => Ordered(operand, "<=", value);

        public string Not(string result) => $"NOT ({result})";

        private string Text(CypherOperand operand, string function, string? value)
        {
            var expression = Expression(operand);
            return value is null ? "false" : $"coalesce({expression} {function} {translator.Parameter(value)}, false)";
        }

        /// <summary>A PartialDate compares by its sort key, held in the <c>__sort_</c> shadow.</summary>
        private string Ordered(CypherOperand operand, string symbol, object? value)
        {
            if (value is null)
            {
                return "false";
            }

            var (expression, parameter) = value is PartialDate date
                ? (translator.OperandSortKey(operand.Operand, operand.Scope), (object)date.SortKey)
                : (Expression(operand), value);
            return $"coalesce({expression} {symbol} {translator.Parameter(parameter)}, false)";
        }

        private string Expression(CypherOperand operand) =>
            operand.Folded ? translator.OperandFolded(operand.Operand, operand.Scope) : translator.OperandValue(operand.Operand, operand.Scope);
    }
}
