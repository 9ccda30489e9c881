using CoopGraph.Planning.Operands;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A filter input field naming a scalar operand; its value holds operators.</summary>
internal sealed record FilterOperandMeaning(Operand Operand) : FieldMeaning;
