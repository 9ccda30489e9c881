namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Breadth-first search from a centre up to a depth. The visited set is a pooled array over node
/// handles (<see cref="VisitedMarks"/>): one byte per slot costs less than hashing each visit on
/// large graphs, and reusing it costs nothing per query.
/// </summary>
internal static class Neighbourhood
{
    /// <summary>
    /// The subgraph within <paramref name="depth"/> of <paramref name="centre"/>: at most
    /// <paramref name="limit"/> nodes and <paramref name="limit"/> relationships; the search
    /// stops, truncated, at the first one over.
    /// </summary>
    public static Subgraph Collect(Expansion expansion, int centre, int depth, int limit)
    {
        using var visited = VisitedMarks.Rent(expansion.Snapshot.NodeSlotCount);
        var seenRelationships = new HashSet<int>();
        var nodes = new List<(int, int)> { (centre, 0) };
        var relationships = new List<int>();
        visited.Add(centre);
        List<int> frontier = [centre];
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var step in expansion.Steps(node))
                {
                    var neighbour = step.Neighbour;
                    if (!visited.Contains(neighbour))
                    {
                        if (!expansion.Allows(neighbour))
                        {
                            continue;
                        }

                        if (nodes.Count == limit)
                        {
                            return new Subgraph(nodes, relationships, true);
                        }

                        visited.Add(neighbour);
                        nodes.Add((neighbour, level));
                        next.Add(neighbour);
                    }

                    if (seenRelationships.Add(step.Relationship))
                    {
                        if (relationships.Count == limit)
                        {
                            return new Subgraph(nodes, relationships, true);
                        }

                        relationships.Add(step.Relationship);
                    }
                }
            }

            frontier = next;
        }

        return new Subgraph(nodes, relationships, false);
    }

    /// <summary>How many nodes lie within <paramref name="depth"/> of <paramref name="centre"/> (the centre included).</summary>
    public static int Count(Expansion expansion, int centre, int depth)
    {
        using var visited = VisitedMarks.Rent(expansion.Snapshot.NodeSlotCount);
        visited.Add(centre);
        var count = 1;
        List<int> frontier = [centre];
        var labelled = expansion.Filter.Labels is not null;
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var step in expansion.Steps(node))
                {
                    var neighbour = step.Neighbour;
                    if (!visited.Contains(neighbour) && (!labelled || expansion.Allows(neighbour)))
                    {
                        visited.Add(neighbour);
                        next.Add(neighbour);
                    }
                }
            }

            count += next.Count;
            frontier = next;
        }

        return count;
    }
}
