namespace CoopGraph.Planning.Operands;

/// <summary>The entity's label.</summary>
public sealed record LabelOperand : Operand
{
    public static LabelOperand Instance { get; } = new();

    public override string Describe() => "label";
}
