using CoopGraph.Planning.Predicates;

namespace CoopGraph.Planning.Tests.Predicates;

/// <summary>The one table of filter operators is complete, and each comparison reaches its own evaluator member.</summary>
public sealed class OperatorTableTests
{
    [Fact]
    public void Every_operator_has_its_row_at_its_own_index_with_a_unique_api_name()
    {
        var operators = Enum.GetValues<CompareOperator>();

        Assert.Equal(operators.Length, Operators.All.Count);
        Assert.All(operators, op => Assert.Equal(op, Operators.Of(op).Operator));
        Assert.Equal(operators.Length, Operators.All.Select(o => o.ApiName).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Operators.All, o => Assert.True(Operators.TryFind(o.ApiName, out var found) && found == o));
    }

    [Fact]
    public void Every_comparison_reaches_its_own_member_of_the_evaluator_and_negation_adds_the_complement()
    {
        foreach (var comparison in Enum.GetValues<Comparison>())
        {
            var evaluator = default(NamingEvaluator);
            var plain = new OperatorDefinition(CompareOperator.Eq, "x", comparison, Negated: false, Folds: false, OperandKinds.All);

            Assert.Equal(comparison.ToString(), ComparisonDispatch.Evaluate<NamingEvaluator, string, string>(ref evaluator, plain, "a", null));
            Assert.Equal($"Not({comparison})", ComparisonDispatch.Evaluate<NamingEvaluator, string, string>(ref evaluator, plain with { Negated = true }, "a", null));
        }
    }

    /// <summary>Answers each comparison with its own name, so the dispatch is seen to call the right member.</summary>
    private readonly struct NamingEvaluator : IComparisonEvaluator<string, string>
    {
        public string Equal(string operand, object? value) => nameof(Comparison.Equal);

        public string In(string operand, object?[]? values) => nameof(Comparison.In);

        public string Contains(string operand, string? value) => nameof(Comparison.Contains);

        public string StartsWith(string operand, string? value) => nameof(Comparison.StartsWith);

        public string EndsWith(string operand, string? value) => nameof(Comparison.EndsWith);

        public string Greater(string operand, object? value) => nameof(Comparison.Greater);

        public string GreaterOrEqual(string operand, object? value) => nameof(Comparison.GreaterOrEqual);

        public string Less(string operand, object? value) => nameof(Comparison.Less);

        public string LessOrEqual(string operand, object? value) => nameof(Comparison.LessOrEqual);

        public string Not(string result) => $"Not({result})";
    }
}
