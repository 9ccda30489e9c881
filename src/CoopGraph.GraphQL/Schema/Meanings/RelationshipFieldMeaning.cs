using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A relationship field: a connection when to-many, a plain object when to-one.</summary>
internal sealed record RelationshipFieldMeaning(RelationshipField Field) : FieldMeaning;
