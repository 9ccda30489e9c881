using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// <c>reachable</c>: the ends of walks (entities and relationships may repeat) whose steps the pattern's
    /// automaton accepts. Cypher's path patterns match each relationship at most once per path and cannot
    /// follow an arbitrary automaton, so the statement runs the embedded store's search itself: a
    /// breadth-first search over (entity, state) pairs, one <c>reduce</c> step per level, each frontier pair
    /// expanded by pattern comprehensions driven by the automaton's transitions, passed as a parameter
    /// (so every pattern shares one statement text and one cached plan). A pair is visited once; an entity
    /// is found at the first level that reaches it in an accepting state; the search stops after the level
    /// that brings the found entities to first, as the embedded store's does, and the answer is ordered by
    /// level, then id.
    /// <para>
    /// Cypher has no sets: the visited pairs are a list, so each level costs its candidates times the
    /// pairs visited. The search therefore gives up, answering LIMIT_EXCEEDED (MaxSubgraphSize), when more
    /// than MaxSubgraphSize pairs are visited and the answer is still incomplete; the embedded store, with
    /// a hash set, only stops at MaxExpansions. Each level that goes on visits a new pair, so
    /// MaxSubgraphSize + 1 levels always reach the end, the first entities, or that refusal.
    /// </para>
    /// </summary>
    private string Reachable(ReachableField field)
    {
        var from = NameEntity(field.From);
        if (field.Labels is { Count: 0 })
        {
            return RequireEntities("[]", from);
        }

        var automaton = field.Pattern.Automaton;
        var (transitions, accepting) = (Parameter(TransitionTable(automaton)), Parameter(AcceptingStates(automaton)));
        var (first, maxVisited) = (Parameter((long)field.First), Parameter((long)field.Limits.MaxSubgraphSize));
        var start = Parameter((long)automaton.Start);
        var levels = Parameter((long)field.Limits.MaxSubgraphSize + 1);
        var labels = field.Labels is null ? string.Empty : $" AND any(l IN labels(move[0]) WHERE l IN {Parameter(field.Labels.Select(l => (object?)l.Name).ToArray())})";

        var follows = "(t.viaType IS NULL OR type(r) = t.viaType)";
        var moves = $"reduce(moves = [], t IN {transitions} | CASE WHEN t.fromState = pair[1] "
            + $"THEN moves + [(x)-[r]->(y) WHERE t.forth AND {follows} | [y, t.toState]] + [(x)<-[r]-(y) WHERE t.back AND {follows} | [y, t.toState]] "
            + "ELSE moves END)";
        var reached = "reduce(gathered = [], pair IN bfs.frontier | "
            + $"reduce(more = gathered, move IN [x IN [pair[0]] | {moves}][0] | CASE WHEN move IN more OR move IN bfs.visited THEN more ELSE more + [move] END))";
        var found = "reduce(hits = bfs.found, move IN reached | "
            + $"CASE WHEN move[1] IN {accepting} AND move[0] <> origin{labels} AND none(hit IN hits WHERE hit[0] = move[0]) THEN hits + [[move[0], level]] ELSE hits END)";
        var level = $"CASE WHEN size(bfs.frontier) = 0 OR size(bfs.found) >= {first} OR size(bfs.visited) > {maxVisited} THEN bfs "
            + $"ELSE [reached IN [{reached}] | {{visited: bfs.visited + reached, frontier: reached, found: {found}}}][0] END";
        var answer = $"COLLECT {{ UNWIND reach.found AS hit WITH hit[0] AS entity, hit[1] AS distance ORDER BY distance, entity.{IdKey} LIMIT {first} "
            + $"RETURN {Projection("entity", field.Projection)} }}";
        var refusal = LimitExceeded($"The reachable search visits more than {field.Limits.MaxSubgraphSize} (entity, pattern state) pairs on Neo4j before it finds {field.First} entities (limit MaxSubgraphSize); narrow the pattern.");
        var search = $"head(COLLECT {{ MATCH {from.Pattern("origin")} "
            + $"WITH origin, reduce(bfs = {{visited: [[origin, {start}]], frontier: [[origin, {start}]], found: []}}, level IN range(1, {levels}) | {level}) AS reach "
            + $"RETURN CASE WHEN size(reach.frontier) > 0 AND size(reach.found) < {first} THEN {refusal} ELSE {answer} END }})";
        return RequireEntities(search, from);
    }

    /// <summary>The automaton's steps as rows: from <c>fromState</c>, follow <c>viaType</c> (any when null) forth and/or back, to <c>toState</c>.</summary>
    private static object?[] TransitionTable(PatternAutomaton automaton)
    {
        var rows = new List<object?>();
        for (var state = 0; state < automaton.StateCount; state++)
        {
            foreach (var transition in automaton.TransitionsOf(state))
            {
                rows.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["fromState"] = (long)state,
                    ["viaType"] = transition.Type?.Name,
                    ["forth"] = transition.Direction != RelationshipDirection.In,
                    ["back"] = transition.Direction != RelationshipDirection.Out,
                    ["toState"] = (long)transition.Target,
                });
            }
        }

        return [.. rows];
    }

    private static object?[] AcceptingStates(PatternAutomaton automaton) =>
        [.. Enumerable.Range(0, automaton.StateCount).Where(automaton.IsAccepting).Select(state => (object?)(long)state)];
}
