using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A stored property of an entity, or of a relationship inside an edge's properties object.</summary>
internal sealed record PropertyMeaning(PropertyDefinition Property) : FieldMeaning;
