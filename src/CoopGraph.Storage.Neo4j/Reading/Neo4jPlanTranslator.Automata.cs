using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// A path pattern's automaton as statement parameters, for the statements that run it (reachable, paths
/// with a pattern): its steps indexed by state, and whether each state accepts. A pattern's states and steps
/// travel as values, so every pattern shares one statement text.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// The automaton's steps, one list per state (so a pair finds its own in constant time and a state
    /// without steps is an empty list): follow <c>viaType</c> (any when null) forth and/or back, to <c>toState</c>.
    /// </summary>
    private static object?[] StepsByState(PatternAutomaton automaton) =>
        [.. Enumerable.Range(0, automaton.StateCount).Select(state => (object?)automaton.TransitionsOf(state).Select(Step).ToArray())];

    private static object? Step(PatternTransition transition) => new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["viaType"] = transition.Type?.Name,
        ["forth"] = transition.Direction != RelationshipDirection.In,
        ["back"] = transition.Direction != RelationshipDirection.Out,
        ["toState"] = (long)transition.Target,
    };

    private static object?[] AcceptingByState(PatternAutomaton automaton) =>
        [.. Enumerable.Range(0, automaton.StateCount).Select(state => (object?)automaton.IsAccepting(state))];
}
