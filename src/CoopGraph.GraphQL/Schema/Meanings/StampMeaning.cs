using CoopGraph.Planning.Fields;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A stamp field (version, createdAt, …) of an entity or a relationship.</summary>
internal sealed record StampMeaning(StampValue Value) : FieldMeaning;
