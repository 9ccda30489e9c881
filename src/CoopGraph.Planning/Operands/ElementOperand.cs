namespace CoopGraph.Planning.Operands;

/// <summary>The element at hand while a list quantifier walks a list property.</summary>
public sealed record ElementOperand : Operand
{
    public static ElementOperand Instance { get; } = new();

    public override string Describe() => "element";
}
