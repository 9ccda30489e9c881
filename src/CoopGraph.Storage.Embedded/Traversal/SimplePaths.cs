using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Simple paths (no node twice) between two nodes, shortest first, paths of one length in canonical
/// order (<see cref="PathOrder"/>): depth-first search for each length in turn, pruned by the
/// distance to the target from a backward breadth-first search (a lower bound, so no path is lost). With a pattern, each partial path carries the set of
/// automaton states it can be in, and a path counts when it ends in an accepting state.
/// </summary>
internal sealed class SimplePaths
{
    private readonly Expansion _forward;
    private readonly PatternAutomaton? _pattern;
    private readonly int _to;
    private readonly int _first;
    private readonly Dictionary<int, int> _distanceTo;
    private readonly HashSet<int> _onPath = [];
    private readonly List<GraphPath> _paths = [];
    private readonly List<int> _nodes = [];
    private readonly List<int> _relationships = [];

    // The fitting steps of the node at each depth of the search, reused across its visits.
    private readonly List<List<(Step Step, StateSet? States)>> _fitting = [];

    private SimplePaths(Expansion forward, PatternAutomaton? pattern, int to, int first, Dictionary<int, int> distanceTo)
    {
        _forward = forward;
        _pattern = pattern;
        _to = to;
        _first = first;
        _distanceTo = distanceTo;
    }

    public static List<GraphPath> Find(Expansion forward, PatternAutomaton? pattern, int from, int to, int maxDepth, int first)
    {
        if (first <= 0)
        {
            return [];
        }

        if (from == to)
        {
            // The empty path is the only simple path from a node to itself.
            return pattern is null || StateSet.Start(pattern).Accepts(pattern) ? [new GraphPath([from], [])] : [];
        }

        var distanceTo = DistancesTo(forward.Reversed(), to, from, maxDepth);
        if (!distanceTo.TryGetValue(from, out var shortest))
        {
            return [];
        }

        var search = new SimplePaths(forward, pattern, to, first, distanceTo);
        search._onPath.Add(from);
        search._nodes.Add(from);
        for (var length = shortest; length <= maxDepth && search._paths.Count < first; length++)
        {
            search.Extend(from, length, pattern is null ? null : StateSet.Start(pattern));
        }

        return search._paths;
    }

    private static Dictionary<int, int> DistancesTo(Expansion backward, int to, int from, int maxDepth)
    {
        var distances = new Dictionary<int, int> { [to] = 0 };
        List<int> frontier = [to];
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                foreach (var step in backward.Steps(node))
                {
                    if (!distances.ContainsKey(step.Neighbour) && (step.Neighbour == from || backward.Allows(step.Neighbour)))
                    {
                        distances[step.Neighbour] = depth;
                        if (step.Neighbour != from)
                        {
                            next.Add(step.Neighbour);
                        }
                    }
                }
            }

            frontier = next;
        }

        return distances;
    }

    /// <summary>
    /// Tries each step from <paramref name="node"/> that can still reach the target in
    /// <paramref name="remaining"/> steps, in <see cref="PathOrder"/>, so the paths of one length
    /// come out in canonical order; only the steps that pass the pruning are sorted.
    /// </summary>
    private void Extend(int node, int remaining, StateSet? states)
    {
        var depth = _relationships.Count;
        if (_fitting.Count == depth)
        {
            _fitting.Add([]);
        }

        var fitting = _fitting[depth];
        fitting.Clear();
        foreach (var step in _forward.Steps(node))
        {
            var next = step.Neighbour;
            if (_onPath.Contains(next) || !_distanceTo.TryGetValue(next, out var distance) || distance > remaining - 1)
            {
                continue;
            }

            StateSet? nextStates = null;
            if (_pattern is not null)
            {
                nextStates = states!.Next(_pattern, _forward.Snapshot.GetRelationshipType(step.Relationship), step.Outgoing);
                if (nextStates.IsEmpty)
                {
                    continue;
                }
            }

            fitting.Add((step, nextStates));
        }

        PathOrder.Sort(fitting, _forward.Snapshot, f => f.Step);
        foreach (var (step, nextStates) in fitting)
        {
            var next = step.Neighbour;
            _nodes.Add(next);
            _relationships.Add(step.Relationship);
            if (next == _to)
            {
                if (remaining == 1 && (nextStates is null || nextStates.Accepts(_pattern!)))
                {
                    _paths.Add(new GraphPath([.. _nodes], [.. _relationships]));
                }
            }
            else
            {
                _onPath.Add(next);
                Extend(next, remaining - 1, nextStates);
                _onPath.Remove(next);
            }

            _nodes.RemoveAt(_nodes.Count - 1);
            _relationships.RemoveAt(_relationships.Count - 1);
            if (_paths.Count >= _first)
            {
                return;
            }
        }
    }
}
