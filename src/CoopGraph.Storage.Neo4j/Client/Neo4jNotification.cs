namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>A warning or hint Neo4j attached to a result, e.g. an unbounded variable-length pattern.</summary>
public sealed record Neo4jNotification(string Code, string Severity, string Title, string Description);
