using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Embedded.Traversal;

internal static class Ranking
{
    /// <summary>Scores of the nodes that <paramref name="ranked"/> accepts, highest first, ties by id, at most the field's first.</summary>
    public static List<(int Node, double Score)> Rank(GraphSnapshot snapshot, RankField field, Func<int, bool> ranked, CancellationToken cancellationToken)
    {
        var scores = new List<(int Node, double Score)>();
        if (field.Labels is { Count: 0 })
        {
            // Nothing is listed, so nothing needs scoring (and no graph limit can be exceeded).
            return scores;
        }

        if (field.Algorithm == RankAlgorithm.Degree)
        {
            var budget = new TraversalBudget(long.MaxValue, cancellationToken);
            foreach (var node in snapshot.ScanAll())
            {
                if (ranked(node))
                {
                    var degree = 0;
                    foreach (var _ in new StepEnumerator(snapshot, budget, node, field.Types, Graph.Schema.Model.RelationshipDirection.Both))
                    {
                        degree++;
                    }

                    scores.Add((node, degree));
                }
            }
        }
        else
        {
            var graph = CompactGraph.Undirected(snapshot, field.Types, field.Limits.MaxRankRelationships, cancellationToken);
            var values = field.Algorithm == RankAlgorithm.PageRank
                ? PageRank.Compute(graph, field.Limits.PageRankIterations, field.Limits.PageRankDamping, cancellationToken)
                : Betweenness.Compute(graph, field.Limits.BetweennessExactThreshold, field.Limits.BetweennessSamples, field.Limits.BetweennessSeed, cancellationToken);
            for (var i = 0; i < graph.NodeCount; i++)
            {
                if (ranked(graph.Handles[i]))
                {
                    scores.Add((graph.Handles[i], field.Algorithm == RankAlgorithm.Betweenness ? RankScores.RoundBetweenness(values[i]) : values[i]));
                }
            }
        }

        if (scores.Count > field.First && field.First > 0)
        {
            // Ids only break ties, so only the candidates at or above the first-th score need them.
            var values = scores.Select(s => s.Score).ToArray();
            Array.Sort(values);
            var threshold = values[^field.First];
            scores = scores.FindAll(s => s.Score >= threshold);
        }

        scores.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(snapshot.GetNodeId(a.Node), snapshot.GetNodeId(b.Node)));
        return scores.Count > field.First ? scores.GetRange(0, field.First) : scores;
    }
}
