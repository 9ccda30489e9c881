using CoopGraph.Planning.Predicates;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>The embedded store's comparisons: on the stored values themselves, with the canonical order of <see cref="Values"/>.</summary>
internal readonly struct ValueComparison : IComparisonEvaluator<object?, bool>
{
    public bool Equal(object? operand, object? value) => value is null ? operand is null : Values.Equal(operand, value);

    public bool In(object? operand, object?[]? values)
    {
        if (operand is null || values is null)
        {
            return false;
        }

        foreach (var item in values)
        {
            if (Values.Equal(operand, item))
            {
                return true;
            }
        }

        return false;
    }

    public bool Contains(object? operand, string? value) => operand is string text && value is not null && text.Contains(value, StringComparison.Ordinal);

    public bool StartsWith(object? operand, string? value) => operand is string text && value is not null && text.StartsWith(value, StringComparison.Ordinal);

    public bool EndsWith(object? operand, string? value) => operand is string text && value is not null && text.EndsWith(value, StringComparison.Ordinal);

    public bool Greater(object? operand, object? value) => Ordered(operand, value) > 0;

    public bool GreaterOrEqual(object? operand, object? value) => Ordered(operand, value) >= 0;

    public bool Less(object? operand, object? value) => Ordered(operand, value) is < 0 and not Missing;

    public bool LessOrEqual(object? operand, object? value) => Ordered(operand, value) is <= 0 and not Missing;

    public bool Not(bool result) => !result;

    /// <summary>Stands for "no order": a missing side makes every range comparison false.</summary>
    private const int Missing = int.MinValue;

    private static int Ordered(object? operand, object? value) =>
        operand is null || value is null ? Missing : Math.Clamp(Values.Compare(operand, value), -1, 1);
}
