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
    /// The subgraph within <paramref name="depth"/> of <paramref name="centre"/>, canonical so every
    /// store answers alike whatever its adjacency order. N is every node within the depth (each but
    /// the centre of an allowed label); the nodes kept (K) are the first <paramref name="limit"/> of N
    /// by distance, then id. The relationships are those followed from a node of N short of the depth
    /// to another node of N, with both ends in K: the first <paramref name="limit"/> by id. Truncated
    /// when N or those relationships are more than the limit. Levels are searched one at a time; the
    /// first level that overflows is finished (so it can be cut by id) and the search stops there.
    /// </summary>
    public static Subgraph Collect(Expansion expansion, int centre, int depth, int limit)
    {
        if (limit == 0)
        {
            return new Subgraph([], [], true);
        }

        using var visited = VisitedMarks.Rent(expansion.Snapshot.NodeSlotCount);
        visited.Add(centre);
        var nodes = new List<(int Node, int Distance)> { (centre, 0) };

        // Each relationship followed, with the end it led to: only that end can fall outside K.
        var followed = new List<(int Relationship, int Other)>();
        HashSet<int>? cut = null;
        List<int> frontier = [centre];
        for (var level = 1; level <= depth && frontier.Count > 0; level++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var step in expansion.Steps(node))
                {
                    if (!visited.Contains(step.Neighbour))
                    {
                        if (!expansion.Allows(step.Neighbour))
                        {
                            continue;
                        }

                        visited.Add(step.Neighbour);
                        next.Add(step.Neighbour);
                    }

                    followed.Add((step.Relationship, step.Neighbour));
                }
            }

            if (nodes.Count + next.Count > limit)
            {
                cut = CutLevel(expansion.Snapshot, next, limit - nodes.Count);
                nodes.AddRange(next.Select(n => (n, level)));
                if (level < depth)
                {
                    FollowWithin(expansion, next, visited, followed);
                }

                break;
            }

            nodes.AddRange(next.Select(n => (n, level)));
            frontier = next;
        }

        var relationships = Kept(expansion.Snapshot, followed, cut);
        var truncated = cut is not null || relationships.Count > limit;
        if (relationships.Count > limit)
        {
            relationships.RemoveRange(limit, relationships.Count - limit);
        }

        return new Subgraph(nodes, relationships, truncated);
    }

    /// <summary>Sorts the overflowing level by id and removes all but its first <paramref name="room"/>; returns the nodes removed.</summary>
    private static HashSet<int> CutLevel(GraphSnapshot snapshot, List<int> level, int room)
    {
        level.Sort((a, b) => string.CompareOrdinal(snapshot.GetNodeId(a), snapshot.GetNodeId(b)));
        var removed = new HashSet<int>(level.Skip(room));
        level.RemoveRange(room, level.Count - room);
        return removed;
    }

    /// <summary>The relationships followed from the kept nodes of the last level back into what was reached (the level after it is not kept).</summary>
    private static void FollowWithin(Expansion expansion, List<int> level, VisitedMarks visited, List<(int, int)> followed)
    {
        foreach (var node in level)
        {
            foreach (var step in expansion.Steps(node))
            {
                if (visited.Contains(step.Neighbour))
                {
                    followed.Add((step.Relationship, step.Neighbour));
                }
            }
        }
    }

    /// <summary>Each relationship followed once, unless it leads to a node cut off; by id.</summary>
    private static List<int> Kept(GraphSnapshot snapshot, List<(int Relationship, int Other)> followed, HashSet<int>? cut)
    {
        var kept = new HashSet<int>();
        foreach (var (relationship, other) in followed)
        {
            if (cut is null || !cut.Contains(other))
            {
                kept.Add(relationship);
            }
        }

        var ids = kept.Select(r => (Relationship: r, Id: snapshot.GetRelationshipId(r))).ToList();
        ids.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return ids.ConvertAll(r => r.Relationship);
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
