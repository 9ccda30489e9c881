namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>A connection as the statement returned it: its map (total, next, previous) and the maps of its page's rows.</summary>
internal readonly record struct Neo4jPage(IReadOnlyDictionary<string, object?> Map, IReadOnlyDictionary<string, object?>[] Rows);
