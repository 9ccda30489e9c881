namespace CoopGraph.Planning.Traversals.Patterns;

/// <summary>
/// A path pattern compiled to a nondeterministic automaton without empty moves: a traversal
/// walks the product of the graph and these states, so it never enumerates paths.
/// </summary>
public sealed class PatternAutomaton(int start, bool[] accepting, PatternTransition[][] transitions)
{
    public int Start { get; } = start;

    public int StateCount => accepting.Length;

    public bool IsAccepting(int state) => accepting[state];

    public IReadOnlyList<PatternTransition> TransitionsOf(int state) => transitions[state];
}
