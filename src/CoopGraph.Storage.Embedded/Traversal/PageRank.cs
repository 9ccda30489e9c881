namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// PageRank by power iteration over the undirected view: a walker follows a relationship of
/// its node chosen uniformly, or with probability 1 − damping jumps to any node; a node
/// without relationships hands its score to all nodes evenly. Scores start even and sum to 1.
/// Every sum runs in <see cref="CompactGraph"/>'s canonical order (nodes by id, rows ascending), the
/// order the Neo4j translation sums in, so both stores compute the same bits.
/// </summary>
internal static class PageRank
{
    public static double[] Compute(CompactGraph graph, int iterations, double damping, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var rank = new double[n];
        if (n == 0)
        {
            return rank;
        }

        Array.Fill(rank, 1.0 / n);
        var share = new double[n];
        var next = new double[n];
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                var degree = offsets[i + 1] - offsets[i];
                if (degree == 0)
                {
                    dangling += rank[i];
                    share[i] = 0;
                }
                else
                {
                    share[i] = rank[i] / degree;
                }
            }

            // The view is symmetric, so the nodes that lead to i are i's own row.
            var teleport = ((1 - damping) / n) + (damping * dangling / n);
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var e = offsets[i]; e < offsets[i + 1]; e++)
                {
                    sum += share[targets[e]];
                }

                next[i] = teleport + (damping * sum);
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }
}
