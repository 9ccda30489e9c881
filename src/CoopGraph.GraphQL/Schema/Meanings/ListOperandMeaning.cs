using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A filter input field naming a list property; its value holds quantifiers.</summary>
internal sealed record ListOperandMeaning(PropertyDefinition Property) : FieldMeaning;
