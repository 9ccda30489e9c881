namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary><c>node</c>/<c>edge</c> of a relationship connection's where.</summary>
internal sealed record ConnectionFilterMeaning(ConnectionFilterKind Kind) : FieldMeaning;
