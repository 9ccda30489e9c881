namespace CoopGraph.Storage.Neo4j.Writes;

internal sealed record RelationshipUpsert(
    string Type,
    string Start,
    string StartLabel,
    string End,
    string EndLabel,
    IReadOnlyDictionary<string, object?> Props);
