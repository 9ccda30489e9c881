using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// One dating property's value: the <see cref="Property"/>-th of the timeline's dated properties dates the fact of
/// <see cref="Node"/>, through <see cref="Relationship"/> when it is a relationship's (-1 otherwise).
/// </summary>
internal readonly record struct DatedValue(PartialDate Date, int Node, int Relationship, int Property);
