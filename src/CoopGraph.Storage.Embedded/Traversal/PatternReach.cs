using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>
/// Nodes at the end of a walk that matches a pattern: breadth-first search over pairs of
/// (node, automaton state), each pair visited once, so the work is bounded by nodes × states
/// whatever the number of matching paths. Only the relationship types a state can follow are read.
/// </summary>
internal static class PatternReach
{
    /// <summary>Matching end nodes other than the start, nearest first then by handle order of discovery; the search stops after the level that reaches <paramref name="first"/>.</summary>
    public static List<(int Node, int Distance)> Find(GraphSnapshot snapshot, TraversalBudget budget, PatternAutomaton pattern, int from, Func<int, bool> accepts, int first)
    {
        var states = pattern.StateCount;
        var visited = new HashSet<long> { Key(from, pattern.Start, states) };
        var found = new HashSet<int>();
        var result = new List<(int, int)>();
        List<(int Node, int State)> frontier = [(from, pattern.Start)];
        for (var level = 1; frontier.Count > 0 && result.Count < first; level++)
        {
            var next = new List<(int, int)>();
            foreach (var (node, state) in frontier)
            {
                foreach (var transition in pattern.TransitionsOf(state))
                {
                    if (transition.Direction != RelationshipDirection.In)
                    {
                        Follow(snapshot, budget, node, true, transition, next, visited, states);
                    }

                    if (transition.Direction != RelationshipDirection.Out)
                    {
                        Follow(snapshot, budget, node, false, transition, next, visited, states);
                    }
                }
            }

            foreach (var (node, state) in next)
            {
                if (pattern.IsAccepting(state) && node != from && accepts(node) && found.Add(node))
                {
                    result.Add((node, level));
                }
            }

            frontier = next;
        }

        return result;
    }

    private static void Follow(
        GraphSnapshot snapshot,
        TraversalBudget budget,
        int node,
        bool outgoing,
        PatternTransition transition,
        List<(int, int)> next,
        HashSet<long> visited,
        int states)
    {
        var entries = transition.Type is null ? snapshot.GetAdjacency(node, outgoing) : snapshot.GetAdjacency(node, outgoing, transition.Type);
        budget.Spend(entries.Length);
        foreach (var entry in entries)
        {
            if (visited.Add(Key(entry.Neighbour, transition.Target, states)))
            {
                next.Add((entry.Neighbour, transition.Target));
            }
        }
    }

    private static long Key(int node, int state, int states) => ((long)node * states) + state;
}
