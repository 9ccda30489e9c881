namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>A statement of the translation kit, with the parameters it was sent with (plain JSON values).</summary>
internal sealed record KitStatement(string Name, string Statement, IReadOnlyDictionary<string, object?> Parameters);
