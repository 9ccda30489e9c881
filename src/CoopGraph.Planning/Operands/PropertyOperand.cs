using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Operands;

/// <summary>A stored property of the entity.</summary>
public sealed record PropertyOperand(PropertyDefinition Property) : Operand
{
    public override string Describe() => Property.Name;
}
