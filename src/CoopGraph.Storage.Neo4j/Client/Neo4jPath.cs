namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// A path: <see cref="Nodes"/> has one more entry than <see cref="Relationships"/>, and relationship i
/// joins nodes i and i+1. Its direction is in the relationship's start and end element ids.
/// </summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelationship> Relationships);
