namespace CoopGraph.Storage.Writes;

/// <summary>
/// The stored graph as a <see cref="WriteResolver"/> sees it while a batch is written: the live facts before the
/// batch. The embedded store answers from its latest in-memory state under its write lock; the Neo4j store from the
/// facts it read for the batch.
/// </summary>
public interface IStoredFacts
{
    StoredNode? FindNode(string id);

    StoredRelationship? FindRelationship(string id);
}
