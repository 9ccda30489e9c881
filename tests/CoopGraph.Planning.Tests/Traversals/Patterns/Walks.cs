using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Planning.Tests.Traversals.Patterns;

/// <summary>
/// Runs a pattern's automaton over a walk written as steps (<c>ROAD&gt;</c> along a relationship, <c>&lt;ROAD</c> against
/// it) and counts the ways it accepts, so tests state what a pattern matches rather than how its states are laid out.
/// </summary>
internal static class Walks
{
    public static int Count(PatternAutomaton automaton, IReadOnlyList<string> steps) => Count(automaton, automaton.Start, steps, 0);

    private static int Count(PatternAutomaton automaton, int state, IReadOnlyList<string> steps, int next)
    {
        if (next == steps.Count)
        {
            return automaton.IsAccepting(state) ? 1 : 0;
        }

        var backwards = steps[next].StartsWith('<');
        var type = steps[next].Trim('<', '>');
        return automaton.TransitionsOf(state)
            .Where(t => t.Type is null || t.Type.Name == type)
            .Where(t => t.Direction == RelationshipDirection.Both || t.Direction == (backwards ? RelationshipDirection.In : RelationshipDirection.Out))
            .Sum(t => Count(automaton, t.Target, steps, next + 1));
    }
}
