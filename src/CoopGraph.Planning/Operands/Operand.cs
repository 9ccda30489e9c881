namespace CoopGraph.Planning.Operands;

/// <summary>What a filter compares or a sort orders by, read from the entity (or edge) at hand.</summary>
public abstract record Operand
{
    public abstract string Describe();
}
