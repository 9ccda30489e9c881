namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// Property keys the Neo4j store adds beside the model's own. The <c>__</c> prefix cannot clash with
/// a model property (GraphQL reserves names starting with two underscores).
/// </summary>
internal static class StoredNames
{
    public const string Id = "id";

    /// <summary>The sources of a fact as JSON: exact, including quotes and notes that may be null.</summary>
    public const string Sources = "__sources";

    /// <summary>The source ids alone, as a list, so Cypher can join to the Source nodes.</summary>
    public const string SourceIds = "__source_ids";

    /// <summary>The node that holds the store version (not a model label, so no read of the graph sees it).</summary>
    public const string MetaLabel = "__CoopGraphMeta";

    public const string FullTextIndex = "coopgraph_search";

    /// <summary>
    /// A batch written under an <c>Idempotency-Key</c> (<see cref="CoopGraph.Storage.Writes.IdempotencyMark"/>), kept in its
    /// own transaction. Not a model label, so no read of the graph sees it.
    /// </summary>
    public const string MarkLabel = "__IdempotencyMark";

    /// <summary>The first response to a request sent with an <c>Idempotency-Key</c>.</summary>
    public const string ResponseLabel = "__IdempotentResponse";

    /// <summary>
    /// The mark's field and key as one value (<c>field:key</c>; the field is a number, so the first colon ends it), so
    /// that one uniqueness constraint lets only one of two concurrent writes of the same field and key commit.
    /// </summary>
    public const string MarkSlot = "slot";

    /// <summary>The fact's <see cref="FactStamp.Version"/>; a fact stored before stamps has none and reads as version 1.</summary>
    public const string Version = "__version";

    /// <summary>Epoch milliseconds, the whole milliseconds the embedded store keeps too.</summary>
    public const string CreatedAt = "__created_at";

    public const string CreatedBy = "__created_by";

    /// <summary>Epoch milliseconds.</summary>
    public const string UpdatedAt = "__updated_at";

    public const string UpdatedBy = "__updated_by";

    /// <summary>
    /// Set by a write statement only to take the fact's write lock before it compares the stored version: Neo4j reads
    /// committed data, so a version read without the lock could change before the write. Never committed: the same
    /// statement replaces the properties whole, deletes the fact, or the transaction rolls back.
    /// </summary>
    public const string Lock = "__lock";

    /// <summary>The keys of a stamp, in <see cref="Writes.StoredStamp"/>'s order.</summary>
    public static IReadOnlyList<string> Stamp { get; } = [Version, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy];

    /// <summary><see cref="CoopGraph.Graph.Schema.Values.TextFolding.Fold"/> of a String property, for the folding operators and search.</summary>
    public static string Fold(string property) => "__fold_" + property;

    /// <summary><see cref="CoopGraph.Graph.Schema.Values.PartialDate.SortKey"/> of a PartialDate property, for ordering and ranges.</summary>
    public static string Sort(string property) => "__sort_" + property;

    public static bool IsShadow(string key) => key.StartsWith("__", StringComparison.Ordinal);
}
