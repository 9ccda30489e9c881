namespace CoopGraph.Planning.Traversals.Patterns;

/// <summary>A parsed path pattern (see <see cref="PatternParser"/>): its text, for the printed plan, and its automaton.</summary>
public sealed record PathPattern(string Text, PatternAutomaton Automaton) : PlanNode
{
    public override string Describe() => $"Pattern \"{Text}\" ({Automaton.StateCount} states)";
}
