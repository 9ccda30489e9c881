namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary>A field of a mutation payload or of a change set's result.</summary>
internal sealed record PayloadMeaning(PayloadPart Part) : FieldMeaning;
