using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Operands;

/// <summary>An operand of the entity a to-one relationship leads to (sort by <c>country.name</c>); null when there is none.</summary>
public sealed record ToOneOperand(RelationshipField Field, Operand Inner) : Operand
{
    public override string Describe() => $"{Field.Name}.{Inner.Describe()}";
}
