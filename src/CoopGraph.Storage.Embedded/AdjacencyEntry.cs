namespace CoopGraph.Storage.Embedded;

/// <summary>One relationship seen from a node: the node at the other end and the relationship handle.</summary>
public readonly record struct AdjacencyEntry(int Neighbour, int Relationship);
