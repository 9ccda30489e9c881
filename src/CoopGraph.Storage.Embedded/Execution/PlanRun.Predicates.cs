using CoopGraph.Graph.Schema.Model;
using CoopGraph.Graph.Schema.Values;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Embedded.Execution;

internal sealed partial class PlanRun
{
    private bool Matches(Predicate predicate, Row row, object? element = null)
    {
        var visitor = new RowCondition(this, row, element);
        return PredicateDispatch.Visit<RowCondition, bool>(ref visitor, predicate);
    }

    private static bool Quantify<T>(Quantifier quantifier, IReadOnlyList<T> items, Func<T, bool> match)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (match(item))
            {
                count++;
                if (quantifier is Quantifier.Some)
                {
                    return true;
                }

                if (quantifier is Quantifier.None || (quantifier is Quantifier.Single && count > 1))
                {
                    return false;
                }
            }
            else if (quantifier is Quantifier.All)
            {
                return false;
            }
        }

        return quantifier switch
        {
            Quantifier.Some => false,
            Quantifier.Single => count == 1,
            _ => true,
        };
    }

    private bool Compare(ComparePredicate compare, Row row, object? element)
    {
        var op = Operators.Of(compare.Operator);
        var value = op.Folds ? FoldedOperand(compare.Operand, row, element) : OperandValue(compare.Operand, row, element);
        var comparison = default(ValueComparison);
        return ComparisonDispatch.Evaluate<ValueComparison, object?, bool>(ref comparison, op, value, compare.Value);
    }

    private object? OperandValue(Operand operand, Row row, object? element)
    {
        var visitor = new RowOperand(this, row, element);
        return OperandDispatch.Visit<RowOperand, object?>(ref visitor, operand);
    }

    /// <summary>The folded text of an operand; stored String properties use the store's cached folding.</summary>
    private object? FoldedOperand(Operand operand, Row row, object? element) => operand switch
    {
        PropertyOperand { Property.Kind: ValueKind.String } p => snapshot.GetFoldedString(row.Node, p.Property),
        _ => OperandValue(operand, row, element) is string s ? TextFolding.Fold(s) : null,
    };
}
