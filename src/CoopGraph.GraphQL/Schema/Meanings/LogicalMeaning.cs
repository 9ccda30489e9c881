namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary><c>and</c>/<c>or</c>/<c>not</c> of a filter input.</summary>
internal sealed record LogicalMeaning(LogicalKind Kind) : FieldMeaning;
