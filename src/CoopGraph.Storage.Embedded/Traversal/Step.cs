namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>One relationship followed from a node: the node reached, the relationship, and whether it was followed from start to end.</summary>
internal readonly record struct Step(int Neighbour, int Relationship, bool Outgoing);
