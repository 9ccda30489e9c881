using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Embedded.Traversal;

/// <summary>The set of automaton states a walk can be in after the steps so far, as a bit set.</summary>
internal sealed class StateSet
{
    private readonly ulong[] _words;

    private StateSet(int states) => _words = new ulong[(states + 63) / 64];

    public bool IsEmpty => Array.TrueForAll(_words, w => w == 0);

    public static StateSet Start(PatternAutomaton automaton)
    {
        var set = new StateSet(automaton.StateCount);
        set.Add(automaton.Start);
        return set;
    }

    public bool Accepts(PatternAutomaton automaton)
    {
        for (var state = 0; state < automaton.StateCount; state++)
        {
            if (Contains(state) && automaton.IsAccepting(state))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The states after following a relationship of <paramref name="type"/>, forwards when <paramref name="outgoing"/>.</summary>
    public StateSet Next(PatternAutomaton automaton, RelationshipType type, bool outgoing)
    {
        var next = new StateSet(automaton.StateCount);
        for (var state = 0; state < automaton.StateCount; state++)
        {
            if (!Contains(state))
            {
                continue;
            }

            foreach (var transition in automaton.TransitionsOf(state))
            {
                if (Matches(transition, type, outgoing))
                {
                    next.Add(transition.Target);
                }
            }
        }

        return next;
    }

    public static bool Matches(PatternTransition transition, RelationshipType type, bool outgoing) =>
        (transition.Type is null || ReferenceEquals(transition.Type, type))
        && transition.Direction switch
        {
            RelationshipDirection.Out => outgoing,
            RelationshipDirection.In => !outgoing,
            _ => true,
        };

    private bool Contains(int state) => (_words[state >> 6] & (1UL << (state & 63))) != 0;

    private void Add(int state) => _words[state >> 6] |= 1UL << (state & 63);
}
