using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Operands;

/// <summary>A property of the relationship that led to the entity (edge filters on relationship connections).</summary>
public sealed record EdgePropertyOperand(PropertyDefinition Property) : Operand
{
    public override string Describe() => "edge." + Property.Name;
}
