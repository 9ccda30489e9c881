namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Betweenness centrality on the undirected view by Brandes' algorithm: one breadth-first
/// search per source counts shortest paths (σ), then dependencies (δ) accumulate back from the
/// farthest nodes. Each unordered pair is counted once. A path is a sequence of
/// relationships, so parallel relationships count as distinct paths; self-loops are ignored.
/// <para>
/// Above a size threshold the sources are k pivots drawn uniformly without replacement
/// (seeded, so the ranking is repeatable) and the sums are scaled by n / k: the estimator of
/// Brandes and Pich (2007), unbiased for every node, with error shrinking as 1/√k. With k = n
/// it is the exact value.
/// </para>
/// </summary>
internal static class Betweenness
{
    public static double[] Compute(CompactGraph graph, int exactThreshold, int samples, int seed, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var sources = Enumerable.Range(0, n).ToArray();
        var k = n;
        if (n > exactThreshold && samples < n)
        {
            // Partial Fisher-Yates: the first k entries become a uniform sample without replacement.
            var random = new Random(seed);
            k = Math.Max(1, samples);
            for (var i = 0; i < k; i++)
            {
                var j = random.Next(i, n);
                (sources[i], sources[j]) = (sources[j], sources[i]);
            }
        }

        var centrality = new double[n];
        var sigma = new double[n];
        var delta = new double[n];
        var distance = new int[n];
        var order = new int[n];
        Array.Fill(distance, -1);
        for (var s = 0; s < k; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Accumulate(graph, sources[s], centrality, sigma, delta, distance, order);
        }

        var scale = (double)n / k / 2;
        for (var i = 0; i < n; i++)
        {
            centrality[i] *= scale;
        }

        return centrality;
    }

    private static void Accumulate(CompactGraph graph, int source, double[] centrality, double[] sigma, double[] delta, int[] distance, int[] order)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var count = 0;
        var head = 0;
        order[count++] = source;
        distance[source] = 0;
        sigma[source] = 1;
        while (head < count)
        {
            var v = order[head++];
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                var w = targets[e];
                if (w == v)
                {
                    continue;
                }

                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    order[count++] = w;
                }

                if (distance[w] == distance[v] + 1)
                {
                    sigma[w] += sigma[v];
                }
            }
        }

        for (var i = count - 1; i > 0; i--)
        {
            var w = order[i];
            for (var e = offsets[w]; e < offsets[w + 1]; e++)
            {
                var v = targets[e];
                if (v != w && distance[v] == distance[w] - 1)
                {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
            }

            centrality[w] += delta[w];
        }

        // Reset only what this search touched.
        for (var i = 0; i < count; i++)
        {
            var v = order[i];
            distance[v] = -1;
            sigma[v] = 0;
            delta[v] = 0;
        }
    }
}
