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

    /// <summary>
    /// The same count with the store's bookkeeping tricks, so the ratio against it is the cost of the
    /// store's layout alone: a visited array reused across queries (the caller's, marked with
    /// <paramref name="stamp"/>, which must differ from every mark already in it) and levels as
    /// ranges of one list of reached nodes.
    /// </summary>
    public static (int Nodes, long Scanned) CountHopsReusing(int[] offsets, int[] targets, int start, int depth, int[] marks, int stamp)
    {
        marks[start] = stamp;
        long scanned = 0;
        var reached = new List<int> { start };
        var levelStart = 0;
        for (var level = 1; level <= depth && levelStart < reached.Count; level++)
        {
            var levelEnd = reached.Count;
            for (var i = levelStart; i < levelEnd; i++)
            {
                var node = reached[i];
                var end = offsets[node + 1];
                scanned += end - offsets[node];
                for (var e = offsets[node]; e < end; e++)
                {
                    var neighbour = targets[e];
                    if (marks[neighbour] != stamp)
                    {
                        marks[neighbour] = stamp;
                        reached.Add(neighbour);
                    }
                }
            }

            levelStart = levelEnd;
        }

        return (reached.Count, scanned);
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
