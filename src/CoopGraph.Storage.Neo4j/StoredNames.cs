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

    /// <summary><see cref="CoopGraph.Graph.Schema.Values.TextFolding.Fold"/> of a String property, for the folding operators and search.</summary>
    public static string Fold(string property) => "__fold_" + property;

    /// <summary><see cref="CoopGraph.Graph.Schema.Values.PartialDate.SortKey"/> of a PartialDate property, for ordering and ranges.</summary>
    public static string Sort(string property) => "__sort_" + property;

    public static bool IsShadow(string key) => key.StartsWith("__", StringComparison.Ordinal);
}
