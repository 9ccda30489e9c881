namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary><c>any: Boolean</c> of a list or relationship filter.</summary>
internal sealed record AnyMeaning : FieldMeaning;
