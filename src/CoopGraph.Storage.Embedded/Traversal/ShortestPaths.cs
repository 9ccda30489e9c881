namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Shortest paths by bidirectional breadth-first search: whole levels are expanded from the
/// side with the smaller frontier until the two searches meet, so the work grows with the
/// square root of what a one-sided search would touch. Both distance maps are complete up to
/// their depths, so every shortest path crosses the forward depth at a node both sides know,
/// and the paths are read off the two maps without search, in canonical order (<see cref="PathOrder"/>).
/// </summary>
internal static class ShortestPaths
{
    /// <summary>Shortest paths from <paramref name="from"/> to <paramref name="to"/> of at most <paramref name="maxDepth"/> relationships, at most <paramref name="first"/> of them.</summary>
    public static List<GraphPath> Find(Expansion forward, int from, int to, int maxDepth, int first)
    {
        if (first <= 0)
        {
            return [];
        }

        if (from == to)
        {
            return [new GraphPath([from], [])];
        }

        var backward = forward.Reversed();
        var distanceFrom = new Dictionary<int, int> { [from] = 0 };
        var distanceTo = new Dictionary<int, int> { [to] = 0 };
        List<int> frontierFrom = [from], frontierTo = [to];
        int depthFrom = 0, depthTo = 0;
        var met = false;
        while (!met && depthFrom + depthTo < maxDepth && frontierFrom.Count > 0 && frontierTo.Count > 0)
        {
            if (frontierFrom.Count <= frontierTo.Count)
            {
                frontierFrom = ExpandLevel(forward, frontierFrom, distanceFrom, distanceTo, ++depthFrom, from, to, ref met);
            }
            else
            {
                frontierTo = ExpandLevel(backward, frontierTo, distanceTo, distanceFrom, ++depthTo, from, to, ref met);
            }
        }

        if (!met)
        {
            return [];
        }

        var paths = new List<GraphPath>();
        var length = depthFrom + depthTo;
        var path = new GraphPath(new int[length + 1], new int[length]);
        path.Nodes[0] = from;
        var fitting = Enumerable.Range(0, length).Select(_ => new List<Step>()).ToArray();
        Walk(forward, 0, depthFrom, distanceFrom, distanceTo, path, fitting, paths, first);
        return paths;
    }

    private static List<int> ExpandLevel(
        Expansion expansion,
        List<int> frontier,
        Dictionary<int, int> distances,
        Dictionary<int, int> otherDistances,
        int depth,
        int from,
        int to,
        ref bool met)
    {
        var next = new List<int>();
        foreach (var node in frontier)
        {
            foreach (var step in expansion.Steps(node))
            {
                var neighbour = step.Neighbour;
                if (distances.ContainsKey(neighbour) || (neighbour != from && neighbour != to && !expansion.Allows(neighbour)))
                {
                    continue;
                }

                distances[neighbour] = depth;
                next.Add(neighbour);
                met |= otherDistances.ContainsKey(neighbour);
            }
        }

        return next;
    }

    /// <summary>
    /// Extends the path at <paramref name="index"/>: up to the forward depth each next node is one
    /// level further from the start, after it one level nearer to the end. The fitting steps are
    /// taken in <see cref="PathOrder"/>, so the paths come out in canonical order.
    /// </summary>
    private static void Walk(
        Expansion forward,
        int index,
        int depthFrom,
        Dictionary<int, int> distanceFrom,
        Dictionary<int, int> distanceTo,
        GraphPath path,
        List<Step>[] fitting,
        List<GraphPath> paths,
        int first)
    {
        var length = path.Relationships.Length;
        if (index == length)
        {
            paths.Add(new GraphPath((int[])path.Nodes.Clone(), (int[])path.Relationships.Clone()));
            return;
        }

        var steps = fitting[index];
        steps.Clear();
        foreach (var step in forward.Steps(path.Nodes[index]))
        {
            var next = step.Neighbour;
            var fits = index < depthFrom
                ? distanceFrom.TryGetValue(next, out var d) && d == index + 1
                    && (index + 1 < depthFrom || (distanceTo.TryGetValue(next, out var back) && back == length - depthFrom))
                : distanceTo.TryGetValue(next, out var rest) && rest == length - index - 1;
            if (fits)
            {
                steps.Add(step);
            }
        }

        PathOrder.Sort(steps, forward.Snapshot, s => s);
        foreach (var step in steps)
        {
            path.Nodes[index + 1] = step.Neighbour;
            path.Relationships[index] = step.Relationship;
            Walk(forward, index + 1, depthFrom, distanceFrom, distanceTo, path, fitting, paths, first);
            if (paths.Count >= first)
            {
                return;
            }
        }
    }
}
