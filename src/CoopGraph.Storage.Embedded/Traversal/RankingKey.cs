using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Everything that changes a ranking's scores (the labels asked for only choose among them):
/// the algorithm, the relationship types as a set, and the algorithm's own parameters; a parameter
/// the algorithm does not read is zero, so that it does not split the cache. The relationship limit
/// is part of it because it decides whether there is an answer at all.
/// </summary>
internal sealed record RankingKey(
    RankAlgorithm Algorithm,
    string Types,
    long MaxRelationships,
    int Iterations,
    double Damping,
    int ExactThreshold,
    int Samples,
    int Seed)
{
    public static RankingKey Of(RankField field)
    {
        var types = field.Types is null ? "*" : string.Join("|", field.Types.Select(t => t.Name).Distinct().Order(StringComparer.Ordinal));
        var limits = field.Limits;
        return field.Algorithm switch
        {
            RankAlgorithm.PageRank => new(field.Algorithm, types, limits.MaxRankRelationships, limits.PageRankIterations, limits.PageRankDamping, 0, 0, 0),
            RankAlgorithm.Betweenness => new(field.Algorithm, types, limits.MaxRankRelationships, 0, 0, limits.BetweennessExactThreshold, limits.BetweennessSamples, limits.BetweennessSeed),
            _ => new(field.Algorithm, types, 0, 0, 0, 0, 0, 0),
        };
    }
}
