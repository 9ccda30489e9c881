using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A sort input field over a to-one relationship; its value is the target's sort input.</summary>
internal sealed record SortToOneMeaning(RelationshipField Field) : FieldMeaning;
