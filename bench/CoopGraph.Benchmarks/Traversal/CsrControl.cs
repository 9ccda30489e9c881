namespace CoopGraph.Benchmarks.Traversal;

/// <summary>The control: plain breadth-first search over int[] CSR arrays, nothing else.</summary>
internal static class CsrControl
{
    /// <summary>Nodes within <paramref name="depth"/> of <paramref name="start"/> and the relationships scanned.</summary>
    public static (int Nodes, long Scanned) CountHops(int[] offsets, int[] targets, int start, int depth)
    {
        var visited = new bool[offsets.Length - 1];
        visited[start] = true;
        var count = 1;
        long scanned = 0;
        List<int> frontier = [start];
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var end = offsets[node + 1];
                scanned += end - offsets[node];
                for (var e = offsets[node]; e < end; e++)
                {
                    var neighbour = targets[e];
                    if (!visited[neighbour])
                    {
                        visited[neighbour] = true;
                        next.Add(neighbour);
                    }
                }
            }

            count += next.Count;
            frontier = next;
        }

        return (count, scanned);
    }

    /// <summary>Length of a shortest path by plain one-sided BFS, or -1 within <paramref name="maxDepth"/>.</summary>
    public static int ShortestLength(int[] offsets, int[] targets, int from, int to, int maxDepth)
    {
        if (from == to)
        {
            return 0;
        }

        var visited = new bool[offsets.Length - 1];
        visited[from] = true;
        List<int> frontier = [from];
        for (var level = 1; level <= maxDepth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                for (var e = offsets[node]; e < offsets[node + 1]; e++)
                {
                    var neighbour = targets[e];
                    if (neighbour == to)
                    {
                        return level;
                    }

                    if (!visited[neighbour])
                    {
                        visited[neighbour] = true;
                        next.Add(neighbour);
                    }
                }
            }

            frontier = next;
        }

        return -1;
    }
}
