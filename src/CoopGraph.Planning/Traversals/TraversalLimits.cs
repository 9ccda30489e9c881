namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Bounds of researchers' traversals, bound from the <c>CoopGraph:Traversal</c> configuration
/// section. Every traversal plan carries them, so each store enforces the same bounds; a
/// request past one is a <c>LIMIT_EXCEEDED</c> error naming the limit.
/// </summary>
public sealed class TraversalLimits
{
    public const string Section = "CoopGraph:Traversal";

    /// <summary>Largest maxDepth (paths) or depth (neighbourhood) a request may ask for.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Most paths one path field returns (its first).</summary>
    public int MaxPaths { get; set; } = 1000;

    /// <summary>
    /// Most entities (and, separately, relationships) a neighbourhood, reachable set or common-neighbour
    /// list holds. On Neo4j it also bounds the (entity, pattern state) pairs a reachable search visits,
    /// which Cypher keeps in a list (each level groups its moves with the pairs visited so far), and the
    /// search's levels (MaxSubgraphSize + 1, enough for any search that stays within it).
    /// </summary>
    public int MaxSubgraphSize { get; set; } = 10_000;

    /// <summary>Relationships one traversal field may examine before it stops with an error.</summary>
    public long MaxExpansions { get; set; } = 20_000_000;

    /// <summary>States a compiled path pattern may have (repetition bounds multiply them).</summary>
    public int MaxPatternStates { get; set; } = 512;

    /// <summary>Largest graph (relationships considered) a ranking runs over.</summary>
    public long MaxRankRelationships { get; set; } = 50_000_000;

    public int PageRankIterations { get; set; } = 20;

    public double PageRankDamping { get; set; } = 0.85;

    /// <summary>Up to this many entities betweenness is exact (Brandes); above it, sampled on the embedded store and refused on Neo4j.</summary>
    public int BetweennessExactThreshold { get; set; } = 5000;

    /// <summary>Pivots of the sampled betweenness estimate.</summary>
    public int BetweennessSamples { get; set; } = 64;

    /// <summary>Seed of the pivot choice, so a sampled ranking is the same on every run.</summary>
    public int BetweennessSeed { get; set; } = 20_240_601;

    /// <summary>The error text of a ranking over more than <paramref name="maxRelationships"/> relationships, the same from every store.</summary>
    public static string RankRelationshipsExceeded(long maxRelationships) =>
        $"Ranking reads more than {maxRelationships} relationships (limit MaxRankRelationships); narrow it with types.";
}
