namespace CoopGraph.Planning.Predicates;

/// <summary>Runs an operator on a store's evaluator: its comparison, then the complement when the operator negates.</summary>
public static class ComparisonDispatch
{
    /// <remarks>Generic over the evaluator so a struct evaluator is called directly, without boxing, on the embedded store's hot path.</remarks>
    public static TResult Evaluate<TEvaluator, TOperand, TResult>(ref TEvaluator evaluator, OperatorDefinition op, TOperand operand, object? value)
        where TEvaluator : struct, IComparisonEvaluator<TOperand, TResult>
    {
        var result = op.Comparison switch
        {
            Comparison.Equal => evaluator.Equal(operand, value),
            Comparison.In => evaluator.In(operand, value as object?[]),
            Comparison.Contains => evaluator.Contains(operand, value as string),
            Comparison.StartsWith => evaluator.StartsWith(operand, value as string),
            Comparison.EndsWith => evaluator.EndsWith(operand, value as string),
            Comparison.Greater => evaluator.Greater(operand, value),
            Comparison.GreaterOrEqual => evaluator.GreaterOrEqual(operand, value),
            Comparison.Less => evaluator.Less(operand, value),
            Comparison.LessOrEqual => evaluator.LessOrEqual(operand, value),
            _ => throw new PlanExecutionException("INTERNAL", $"The comparison {op.Comparison} has no evaluation."),
        };
        return op.Negated ? evaluator.Not(result) : result;
    }
}
