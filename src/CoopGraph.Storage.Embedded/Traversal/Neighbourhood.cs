using CoopGraph.Graph.Schema.Model;

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
        if (expansion.Filter is { Types: null, Labels: null })
        {
            return CountFollowingAll(expansion, centre, depth);
        }

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

    /// <summary>
    /// The count when every type and label is allowed, the common case for k-hop questions:
    /// over the version's neighbour index when it has one, else over the records, charging what
    /// was read so a version read often earns its index (see <see cref="Memory.NeighbourIndexCache"/>).
    /// Nodes are kept in the order reached, each level a range of that one list.
    /// </summary>
    private static int CountFollowingAll(Expansion expansion, int centre, int depth)
    {
        var snapshot = expansion.Snapshot;
        using var visited = VisitedMarks.Rent(snapshot.NodeSlotCount);
        visited.Add(centre);
        var reached = new List<int> { centre };
        if (snapshot.NeighbourIndex is { } index)
        {
            CountOverIndex(expansion, index, depth, visited, reached);
        }
        else
        {
            snapshot.ChargeRecordReads(CountOverRecords(expansion, depth, visited, reached));
        }

        return reached.Count;
    }

    private static void CountOverIndex(Expansion expansion, Memory.NeighbourIndex index, int depth, VisitedMarks visited, List<int> reached)
    {
        var direction = expansion.Filter.Direction;
        var levelStart = 0;
        for (var level = 1; level <= depth && levelStart < reached.Count; level++)
        {
            var levelEnd = reached.Count;
            for (var i = levelStart; i < levelEnd; i++)
            {
                var node = reached[i];
                var neighbours = direction switch
                {
                    RelationshipDirection.Out => index.Outgoing(node),
                    RelationshipDirection.In => index.Incoming(node),
                    _ => index.Both(node),
                };
                expansion.Budget.Spend(neighbours.Length);
                foreach (var neighbour in neighbours)
                {
                    if (visited.Add(neighbour))
                    {
                        reached.Add(neighbour);
                    }
                }
            }

            levelStart = levelEnd;
        }
    }

    /// <summary>Each node's record is read once for both directions and its spans walked directly; returns the relationships read.</summary>
    private static long CountOverRecords(Expansion expansion, int depth, VisitedMarks visited, List<int> reached)
    {
        var snapshot = expansion.Snapshot;
        var direction = expansion.Filter.Direction;
        long read = 0;
        var levelStart = 0;
        for (var level = 1; level <= depth && levelStart < reached.Count; level++)
        {
            var levelEnd = reached.Count;
            for (var i = levelStart; i < levelEnd; i++)
            {
                snapshot.GetAdjacency(reached[i], out var outgoing, out var incoming);
                if (direction == RelationshipDirection.In)
                {
                    outgoing = [];
                }
                else if (direction == RelationshipDirection.Out)
                {
                    incoming = [];
                }

                expansion.Budget.Spend(outgoing.Length + incoming.Length);
                read += outgoing.Length + incoming.Length;
                MarkNeighbours(outgoing, visited, reached);
                MarkNeighbours(incoming, visited, reached);
            }

            levelStart = levelEnd;
        }

        return read;
    }

    private static void MarkNeighbours(ReadOnlySpan<AdjacencyEntry> entries, VisitedMarks visited, List<int> reached)
    {
        foreach (ref readonly var entry in entries)
        {
            if (visited.Add(entry.Neighbour))
            {
                reached.Add(entry.Neighbour);
            }
        }
    }
}
