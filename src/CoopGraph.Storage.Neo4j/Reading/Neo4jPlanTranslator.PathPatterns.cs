using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// Whether a path matches a pattern: its automaton is run over the path's relationships as the
    /// embedded store's StateSet runs it — the set of states after each step, a step going forwards
    /// when the relationship starts at the node the walk is on (exact, as a simple path holds no
    /// self-loop) — and the path matches when a state
    /// of the last set accepts. The transitions travel as one parameter (a list of maps), the
    /// accepting states as another, so the statement's text does not grow with the pattern.
    /// </summary>
    private string PatternAccepts(PatternAutomaton automaton, string path)
    {
        var transitions = new List<object?>();
        for (var state = 0; state < automaton.StateCount; state++)
        {
            foreach (var transition in automaton.TransitionsOf(state))
            {
                transitions.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    [TransitionState] = (long)state,
                    [TransitionType] = transition.Type?.Name,
                    [TransitionForwards] = transition.Direction != RelationshipDirection.In,
                    [TransitionBackwards] = transition.Direction != RelationshipDirection.Out,
                    [TransitionTarget] = (long)transition.Target,
                });
            }
        }

        var accepting = Enumerable.Range(0, automaton.StateCount).Where(automaton.IsAccepting).Select(s => (object?)(long)s).ToArray();
        var (states, index, reached, step, final) = (Fresh("st"), Fresh("i"), Fresh("nx"), Fresh("t"), Fresh("s"));
        var relationship = $"relationships({path})[{index}]";
        var follows = $"{step}.{Key(TransitionState)} IN {states} AND NOT ({step}.{Key(TransitionTarget)} IN {reached}) "
            + $"AND ({step}.{Key(TransitionType)} IS NULL OR {step}.{Key(TransitionType)} = type({relationship})) "
            + $"AND CASE WHEN startNode({relationship}) = nodes({path})[{index}] THEN {step}.{Key(TransitionForwards)} ELSE {step}.{Key(TransitionBackwards)} END";
        var next = $"reduce({reached} = [], {step} IN {Parameter(transitions.ToArray())} | CASE WHEN {follows} THEN {reached} + [{step}.{Key(TransitionTarget)}] ELSE {reached} END)";
        var run = $"reduce({states} = [{Parameter((long)automaton.Start)}], {index} IN range(0, length({path}) - 1) | {next})";
        return $"any({final} IN {run} WHERE {final} IN {Parameter(accepting)})";
    }

    private const string TransitionState = "state";
    private const string TransitionType = "type";
    private const string TransitionForwards = "forwards";
    private const string TransitionBackwards = "backwards";
    private const string TransitionTarget = "target";
}
