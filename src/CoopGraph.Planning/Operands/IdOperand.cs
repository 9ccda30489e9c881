namespace CoopGraph.Planning.Operands;

/// <summary>The entity's id.</summary>
public sealed record IdOperand : Operand
{
    public static IdOperand Instance { get; } = new();

    public override string Describe() => "id";
}
