namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>A relationship as Neo4j returned it; its ends are named by element id.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
