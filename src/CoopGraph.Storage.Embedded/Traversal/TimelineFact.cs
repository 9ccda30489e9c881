using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>A dated fact: about <see cref="Node"/>, through <see cref="Relationship"/> when it is a relationship's date (-1 otherwise).</summary>
internal readonly record struct TimelineFact(PartialDate Date, int Node, int Relationship, string Description);
