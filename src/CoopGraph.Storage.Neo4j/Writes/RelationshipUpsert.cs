namespace CoopGraph.Storage.Neo4j.Writes;

/// <param name="Props">The stored form with the new stamp.</param>
/// <param name="StoredVersion">The version read in the transaction, which the write must still find; null when the batch creates the relationship.</param>
internal sealed record RelationshipUpsert(
    string Type,
    string Start,
    string StartLabel,
    string End,
    string EndLabel,
    IReadOnlyDictionary<string, object?> Props,
    long? StoredVersion);
