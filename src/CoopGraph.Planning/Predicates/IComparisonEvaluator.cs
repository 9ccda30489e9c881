namespace CoopGraph.Planning.Predicates;

/// <summary>
/// A store's evaluation of each <see cref="Comparison"/>: the embedded store tests values, Neo4j writes Cypher.
/// The operand is what the store compares (already folded when the operator folds); the value is the plan's canonical
/// value (already folded too). A missing operand or value makes every comparison but <see cref="Equal"/> false.
/// </summary>
public interface IComparisonEvaluator<TOperand, TResult>
{
    /// <summary>Equality; a null <paramref name="value"/> asks whether the operand is missing.</summary>
    TResult Equal(TOperand operand, object? value);

    TResult In(TOperand operand, object?[]? values);

    TResult Contains(TOperand operand, string? value);

    TResult StartsWith(TOperand operand, string? value);

    TResult EndsWith(TOperand operand, string? value);

    TResult Greater(TOperand operand, object? value);

    TResult GreaterOrEqual(TOperand operand, object? value);

    TResult Less(TOperand operand, object? value);

    TResult LessOrEqual(TOperand operand, object? value);

    /// <summary>The complement, for the negated operators.</summary>
    TResult Not(TResult result);
}
