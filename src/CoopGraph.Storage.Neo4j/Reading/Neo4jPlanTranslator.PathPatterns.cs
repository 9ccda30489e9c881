using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// Whether a path matches a pattern: its automaton is run over the path's relationships as the
    /// embedded store's StateSet runs it — the set of states after each step, a step going forwards
    /// when the relationship starts at the node the walk is on (exact, as a simple path holds no
    /// self-loop) — and the path matches when a state
    /// of the last set accepts. The automaton travels as parameters (<see cref="StepsByState"/>,
    /// <see cref="AcceptingByState"/>), so the statement's text does not grow with the pattern.
    /// </summary>
    private string PatternAccepts(PatternAutomaton automaton, string path)
    {
        var (steps, accepting) = (Parameter(StepsByState(automaton)), Parameter(AcceptingByState(automaton)));
        var (states, index, reached, state, more, step, final) = (Fresh("st"), Fresh("i"), Fresh("nx"), Fresh("s"), Fresh("nx"), Fresh("t"), Fresh("s"));
        var relationship = $"relationships({path})[{index}]";
        var follows = $"NOT ({step}.toState IN {more}) "
            + $"AND ({step}.viaType IS NULL OR {step}.viaType = type({relationship})) "
            + $"AND CASE WHEN startNode({relationship}) = nodes({path})[{index}] THEN {step}.forth ELSE {step}.back END";
        var next = $"reduce({reached} = [], {state} IN {states} | reduce({more} = {reached}, {step} IN {steps}[{state}] | "
            + $"CASE WHEN {follows} THEN {more} + [{step}.toState] ELSE {more} END))";
        var run = $"reduce({states} = [{Parameter((long)automaton.Start)}], {index} IN range(0, length({path}) - 1) | {next})";
        return $"any({final} IN {run} WHERE {accepting}[{final}])";
    }
}
