using CoopGraph.Planning.Predicates;

namespace CoopGraph.GraphQL.Schema.Meanings;

/// <summary><c>some</c>/<c>all</c>/<c>none</c>/<c>single</c> of a list or relationship filter.</summary>
internal sealed record QuantifierMeaning(Quantifier Quantifier) : FieldMeaning;
