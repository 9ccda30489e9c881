using CoopGraph.Planning.Operands;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A sort input field whose value is ASC or DESC.</summary>
internal sealed record SortOperandMeaning(Operand Operand) : FieldMeaning;
