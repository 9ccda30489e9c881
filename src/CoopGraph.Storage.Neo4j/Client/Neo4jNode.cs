namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>A node as Neo4j returned it. <see cref="ElementId"/> is only stable within one transaction.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
