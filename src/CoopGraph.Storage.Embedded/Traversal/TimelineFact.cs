using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>A timeline entry: a fact about <see cref="Node"/>, through <see cref="Relationship"/> when it is a relationship's (-1 otherwise), on one date.</summary>
internal readonly record struct TimelineFact(PartialDate Date, int Node, int Relationship, string Description);
