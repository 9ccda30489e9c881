namespace CoopGraph.Storage.Neo4j.Writes;

/// <param name="StoredVersion">The version read in the transaction, which the delete must still find.</param>
internal sealed record NodeDelete(string Label, bool Detach, long StoredVersion);
