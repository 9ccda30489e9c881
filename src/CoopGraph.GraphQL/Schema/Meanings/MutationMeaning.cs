using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A mutation field, and the label a typed one (<c>createProvince</c>) writes.</summary>
internal sealed record MutationMeaning(MutationKind Kind, NodeType? Label) : FieldMeaning;
