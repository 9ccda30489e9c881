namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>Nodes (with their distance from the centre, in discovery order) and the relationships followed between them.</summary>
internal sealed record Subgraph(List<(int Node, int Distance)> Nodes, List<int> Relationships, bool Truncated);
