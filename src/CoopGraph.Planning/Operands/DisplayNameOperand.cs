namespace CoopGraph.Planning.Operands;

/// <summary>The entity's displayName (its label's @display property).</summary>
public sealed record DisplayNameOperand : Operand
{
    public static DisplayNameOperand Instance { get; } = new();

    public override string Describe() => "displayName";
}
