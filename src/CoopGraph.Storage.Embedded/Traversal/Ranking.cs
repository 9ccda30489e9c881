using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded.Traversal;

internal static class Ranking
{
    /// <summary>Scores of the nodes that <paramref name="ranked"/> accepts, highest first, ties by id, at most the field's first.</summary>
    public static List<(int Node, double Score)> Rank(GraphSnapshot snapshot, RankField field, Func<int, bool> ranked, CancellationToken cancellationToken)
    {
        if (field.Labels is { Count: 0 })
        {
            // Nothing is listed, so nothing needs scoring (and no graph limit can be exceeded).
            return [];
        }

        var scores = snapshot.RankingCache.GetOrCompute(
            snapshot.Version,
            RankingKey.Of(field),
            field.Limits.WholeGraphCacheEntries,
            () => Score(snapshot, field, cancellationToken),
            cancellationToken);
        return scores.Top(snapshot, ranked, field.First);
    }

    /// <summary>
    /// True when answering <paramref name="field"/> at <paramref name="version"/> needs no scoring: none
    /// is needed, or the scores are kept and the request reads kept scores (with no cache entries it computes).
    /// </summary>
    public static bool IsAtHand(WholeGraphCache rankings, long version, RankField field) =>
        field.Labels is { Count: 0 } || (field.Limits.WholeGraphCacheEntries > 0 && rankings.Holds(version, RankingKey.Of(field)));

    /// <summary>The score of every entity: the labels asked for only choose among them, so the scores serve any labels.</summary>
    private static RankedScores Score(GraphSnapshot snapshot, RankField field, CancellationToken cancellationToken)
    {
        if (field.Algorithm == RankAlgorithm.Degree)
        {
            var budget = new TraversalBudget(long.MaxValue, cancellationToken);
            var handles = new List<int>(snapshot.NodeCount);
            var degrees = new List<double>(snapshot.NodeCount);
            foreach (var node in snapshot.ScanAll())
            {
                var degree = 0;
                foreach (var _ in new StepEnumerator(snapshot, budget, node, field.Types, RelationshipDirection.Both))
                {
                    degree++;
                }

                handles.Add(node);
                degrees.Add(degree);
            }

            return new RankedScores([.. handles], [.. degrees]);
        }

        var graph = CompactGraph.Undirected(snapshot, field.Types, field.Limits.MaxRankRelationships, cancellationToken);
        if (field.Algorithm == RankAlgorithm.PageRank)
        {
            return new RankedScores(graph.Handles, PageRank.Compute(graph, field.Limits.PageRankIterations, field.Limits.PageRankDamping, cancellationToken));
        }

        var values = Betweenness.Compute(graph, field.Limits.BetweennessExactThreshold, field.Limits.BetweennessSamples, field.Limits.BetweennessSeed, cancellationToken);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = RankScores.RoundBetweenness(values[i]);
        }

        return new RankedScores(graph.Handles, values);
    }
}
