namespace CoopGraph.Planning.Predicates;

/// <summary>
/// What a filter operator tests, before negation and folding: every store evaluates each of these, through
/// <see cref="IComparisonEvaluator{TOperand, TResult}"/>, so a new one fails the build of a store that misses it.
/// </summary>
public enum Comparison
{
    Equal,
    In,
    Contains,
    StartsWith,
    EndsWith,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}
