namespace CoopGraph.Planning.Traversals;

/// <summary>How <c>rank</c> scores entities.</summary>
public enum RankAlgorithm
{
    Degree,
    PageRank,
    Betweenness,
}
