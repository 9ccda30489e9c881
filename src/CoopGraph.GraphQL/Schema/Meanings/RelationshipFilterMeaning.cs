using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A filter on a relationship field: quantifiers when to-many, the target's filter when to-one.</summary>
internal sealed record RelationshipFilterMeaning(RelationshipField Field) : FieldMeaning;
