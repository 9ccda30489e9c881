namespace CoopGraph.Planning.Predicates;

/// <summary>
/// The filter operators, one row each: the schema builder offers them, the plan builder reads them, and both stores
/// evaluate them from here (<see cref="ComparisonDispatch"/>). A new operator that is an existing comparison negated
/// or folded is one row; a new comparison is a member of <see cref="IComparisonEvaluator{TOperand, TResult}"/>, so
/// the compiler points at every store that must evaluate it.
/// </summary>
public static class Operators
{
    private const string FoldingDescription = "Compares after folding case and diacritics (\"quang nam\" matches \"Quảng Nam\", đ folds to d).";

    private const OperandKinds Sets = OperandKinds.Text | OperandKinds.Ordered | OperandKinds.Enum;

    /// <summary>Every operator, in the order the filter inputs list them; <c>All[(int)op]</c> is <c>op</c>'s row.</summary>
    public static IReadOnlyList<OperatorDefinition> All { get; } =
    [
        new(CompareOperator.Eq, "eq", Comparison.Equal, Negated: false, Folds: false, OperandKinds.All),
        new(CompareOperator.Neq, "neq", Comparison.Equal, Negated: true, Folds: false, OperandKinds.All),
        new(CompareOperator.In, "in", Comparison.In, Negated: false, Folds: false, Sets),
        new(CompareOperator.Nin, "nin", Comparison.In, Negated: true, Folds: false, Sets),
        new(CompareOperator.Contains, "contains", Comparison.Contains, Negated: false, Folds: false, OperandKinds.Text),
        new(CompareOperator.NContains, "ncontains", Comparison.Contains, Negated: true, Folds: false, OperandKinds.Text),
        new(CompareOperator.StartsWith, "startsWith", Comparison.StartsWith, Negated: false, Folds: false, OperandKinds.Text),
        new(CompareOperator.NStartsWith, "nstartsWith", Comparison.StartsWith, Negated: true, Folds: false, OperandKinds.Text),
        new(CompareOperator.EndsWith, "endsWith", Comparison.EndsWith, Negated: false, Folds: false, OperandKinds.Text),
        new(CompareOperator.NEndsWith, "nendsWith", Comparison.EndsWith, Negated: true, Folds: false, OperandKinds.Text),
        new(CompareOperator.IEq, "ieq", Comparison.Equal, Negated: false, Folds: true, OperandKinds.Text, FoldingDescription),
        new(CompareOperator.IContains, "icontains", Comparison.Contains, Negated: false, Folds: true, OperandKinds.Text, FoldingDescription),
        new(CompareOperator.IStartsWith, "istartsWith", Comparison.StartsWith, Negated: false, Folds: true, OperandKinds.Text, FoldingDescription),
        new(CompareOperator.IEndsWith, "iendsWith", Comparison.EndsWith, Negated: false, Folds: true, OperandKinds.Text, FoldingDescription),
        new(CompareOperator.Gt, "gt", Comparison.Greater, Negated: false, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Ngt, "ngt", Comparison.Greater, Negated: true, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Gte, "gte", Comparison.GreaterOrEqual, Negated: false, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Ngte, "ngte", Comparison.GreaterOrEqual, Negated: true, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Lt, "lt", Comparison.Less, Negated: false, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Nlt, "nlt", Comparison.Less, Negated: true, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Lte, "lte", Comparison.LessOrEqual, Negated: false, Folds: false, OperandKinds.Ordered),
        new(CompareOperator.Nlte, "nlte", Comparison.LessOrEqual, Negated: true, Folds: false, OperandKinds.Ordered),
    ];

    private static readonly Dictionary<string, OperatorDefinition> ByApiName = All.ToDictionary(o => o.ApiName, StringComparer.Ordinal);

    public static OperatorDefinition Of(CompareOperator op) => All[(int)op];

    public static bool TryFind(string apiName, out OperatorDefinition definition) => ByApiName.TryGetValue(apiName, out definition!);

    /// <summary>The operators a filter input of this kind of value offers, in table order.</summary>
    public static IReadOnlyList<OperatorDefinition> For(OperandKinds kind) => All.Where(o => (o.AppliesTo & kind) != 0).ToArray();
}
