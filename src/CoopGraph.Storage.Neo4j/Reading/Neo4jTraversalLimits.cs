namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// The traversal bounds only Neo4j needs, bound from <see cref="Section"/> beside the bounds every store shares
/// (<c>TraversalLimits</c>), so operators set them where they always have while the backend-neutral plan carries none.
/// </summary>
public sealed class Neo4jTraversalLimits
{
    public const string Section = "CoopGraph:Traversal";

    /// <summary>
    /// Most entities a betweenness ranking runs over on Neo4j. Cypher has no Brandes: the
    /// translation sums, over every pair of entities, the share of their shortest paths through
    /// each entity, one shortest-path search per pair, so the work grows as n²/2 searches. 500
    /// entities is about 125,000 searches, which a sparse graph answers within the request
    /// timeout; the seed has under 100. Above it Neo4j refuses, where the embedded store still answers.
    /// </summary>
    public int CypherBetweennessMaxEntities { get; set; } = 500;
}
