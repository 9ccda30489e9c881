namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// What the stored graph says about the ids a batch touches, read inside the batch's transaction:
/// which nodes and relationships exist with their stamps, whether a write would change them (compared in Cypher),
/// the whole of those the batch patches or reads a Source text from, the relationships of nodes to delete, those a
/// required to-one relationship may need, and who holds the unique values the batch writes.
/// </summary>
internal sealed class StoredFacts
{
    public static StoredFacts None { get; } = new();

    /// <summary>Existing node id → what was read of it.</summary>
    public Dictionary<string, StoredFact> Nodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Existing relationship id → what was read of it.</summary>
    public Dictionary<string, StoredFact> Relationships { get; } = new(StringComparer.Ordinal);

    /// <summary>Node id (to delete) → ids of the relationships it has in the store.</summary>
    public Dictionary<string, IReadOnlyList<string>> RelationshipsOf { get; } = new(StringComparer.Ordinal);

    /// <summary>(label, property, stored value) → the id of the node that holds it.</summary>
    public Dictionary<(string Label, string Property, object Value), string> UniqueHolders { get; } = [];

    /// <summary>
    /// Ids of stored relationships that a required to-one field may need, for the ends of the relationships the batch
    /// deletes (see <see cref="FactsQuery.RequiredToOne"/>).
    /// </summary>
    public HashSet<string> Held { get; } = new(StringComparer.Ordinal);

    public bool RelationshipExists(string id) =>
        Relationships.ContainsKey(id) || Held.Contains(id) || RelationshipsOf.Values.Any(ids => ids.Contains(id, StringComparer.Ordinal));
}
