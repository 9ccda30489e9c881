using System.Globalization;
using CoopGraph.Planning.Operands;

namespace CoopGraph.Planning.Predicates;

/// <summary>
/// Compares an operand with a value. The value is canonical (string, long, double, bool,
/// PartialDate, or an object[] for In/Nin); for the folding operators it is already folded.
/// </summary>
public sealed record ComparePredicate(Operand Operand, CompareOperator Operator, object? Value) : Predicate
{
    public override string Describe() => $"{Operand.Describe()} {Operator} {Format(Value)}";

    internal static string Format(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        object[] list => "[" + string.Join(", ", list.Select(Format)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
