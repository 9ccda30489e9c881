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

    /// <summary>
    /// Whole-graph requests (a ranking, a timeline of no one entity) that may run at once. Each
    /// can keep a core busy for seconds on a large graph, so more than the machine has cores only
    /// makes every one of them slower; 2 suits a 2-core machine. 0 turns the bound off.
    /// </summary>
    public int MaxConcurrentHeavy { get; set; } = 2;

    /// <summary>
    /// How long a whole-graph request waits for a free turn before it is refused with
    /// <c>LIMIT_EXCEEDED</c>: long enough to ride out a short burst, short enough that a client
    /// hears "busy" well within the request timeout instead of timing out.
    /// </summary>
    public TimeSpan HeavyQueueTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whole-graph results a store keeps for the current graph version: this many rankings (each
    /// about 16 bytes per entity) and this many timeline indexes (16 bytes per dated fact); a
    /// write makes a new version and drops them. 0 keeps none: every request computes from the records.
    /// </summary>
    public int WholeGraphCacheEntries { get; set; } = 4;

    /// <summary>The error text of a whole-graph request refused because <paramref name="maxConcurrent"/> are already running.</summary>
    public static string HeavyRequestsExceeded(int maxConcurrent, TimeSpan waited) =>
        $"{maxConcurrent} whole-graph requests (rank, timeline without an id) are already running and none finished within {waited.TotalSeconds:0.###} s (limit MaxConcurrentHeavy); try again shortly.";

    /// <summary>The error text of a ranking over more than <paramref name="maxRelationships"/> relationships, the same from every store.</summary>
    public static string RankRelationshipsExceeded(long maxRelationships) =>
        $"Ranking reads more than {maxRelationships} relationships (limit MaxRankRelationships); narrow it with types.";
}
