namespace CoopGraph.Planning.Predicates;

/// <summary>
/// One filter operator: its name in the API, the comparison it makes, whether it is that comparison's complement
/// (<c>nin</c>, <c>ngt</c>: true where the comparison is false, a missing value included), whether both sides are
/// folded first (case and diacritics), whether it takes a list, and the kinds of value it applies to.
/// </summary>
public sealed record OperatorDefinition(
    CompareOperator Operator,
    string ApiName,
    Comparison Comparison,
    bool Negated,
    bool Folds,
    OperandKinds AppliesTo,
    string? Description = null)
{
    /// <summary>The operator takes a list of values (<c>in</c>, <c>nin</c>).</summary>
    public bool TakesList => Comparison == Comparison.In;
}
