using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Operands;

/// <summary>How many relationships of a field the entity has (sort by <c>partnersCount</c>).</summary>
public sealed record RelationshipCountOperand(RelationshipField Field) : Operand
{
    public override string Describe() => $"count({Field.Name})";
}
