namespace CoopGraph.Storage.Neo4j.Writes;

/// <param name="StoredVersion">
/// The version read in the transaction, which the delete must still find; null for a relationship that goes with a
/// detached node, known only by its id.
/// </param>
internal sealed record RelationshipDelete(string Type, long? StoredVersion);
