using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// <c>reachable</c>: the ends of walks (entities and relationships may repeat) whose steps the pattern's
    /// automaton accepts. Cypher's path patterns match each relationship at most once per path and cannot
    /// follow an arbitrary automaton, so the statement runs the embedded store's search itself: a
    /// breadth-first search over (entity, state) pairs, one <c>reduce</c> step per level. The automaton
    /// travels as parameters indexed by state (its steps, and whether it accepts), so every pattern shares
    /// one statement text and one cached plan. A pair is visited once; an entity is found at the first level
    /// that reaches it in an accepting state; the search stops after the level that brings the found
    /// entities to first, as the embedded store's does, and the answer is ordered by level, then id.
    /// <para>
    /// Cypher has no sets, but its grouping hashes its keys. Each level is one <c>COLLECT</c> that unwinds
    /// the visited pairs tagged 1 and the frontier's moves tagged 0, groups them by pair and keeps the pairs
    /// whose tags sum to 0 (never visited); a second one does the same with the found entities and the new
    /// pairs' accepted entities. A level therefore costs its moves plus the pairs visited plus the entities
    /// found, and a whole search O(levels × visited + moves): linear where the search is broad, quadratic
    /// (at most about MaxSubgraphSize² / 2 grouped rows) for a long thin one such as a chain, since
    /// each level groups every pair visited so far again. The visited and found lists are copied flat at
    /// each level rather than left as a chain of concatenations as deep as the search.
    /// </para>
    /// <para>
    /// A pair whose state has no steps is visited (it may be found) but leaves the frontier, so an empty
    /// frontier means exactly that the next level finds nothing. The search gives up, answering
    /// LIMIT_EXCEEDED (MaxSubgraphSize), when a level leaves more than MaxSubgraphSize pairs visited and the
    /// answer may still be incomplete: fewer than first found, and the next level would visit a new pair
    /// (that one level is gathered to tell, never followed further). The level that crossed the limit is
    /// still finished, its found entities counted, so that an answer it completes is given; a search that
    /// ends there, however many pairs it visited, is answered. The embedded store, with a hash set, only stops at
    /// MaxExpansions. Each level that goes on visits a new pair, so MaxSubgraphSize + 1 levels always reach
    /// the end, the first entities, or that refusal.
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
        var (steps, accepting) = (Parameter(StepsByState(automaton)), Parameter(AcceptingByState(automaton)));
        var (first, maxVisited) = (Parameter((long)field.First), Parameter((long)field.Limits.MaxSubgraphSize));
        var start = Parameter((long)automaton.Start);
        var levels = Parameter((long)field.Limits.MaxSubgraphSize + 1);
        var labels = field.Labels is null ? string.Empty : $" AND any(l IN labels(pair[0]) WHERE l IN {Parameter(field.Labels.Select(l => (object?)l.Name).ToArray())})";

        var follows = "step.viaType IS NULL OR type(r) = step.viaType";
        string Moves(string search) => $"COLLECT {{ UNWIND {search}.frontier AS pair UNWIND {steps}[pair[1]] AS step WITH pair[0] AS x, step "
            + $"UNWIND CASE WHEN step.forth THEN [(x)-[r]->(y) WHERE {follows} | y] ELSE [] END + CASE WHEN step.back THEN [(x)<-[r]-(y) WHERE {follows} | y] ELSE [] END AS y "
            + "RETURN [y, step.toState] }";
        var accepted = $"[pair IN fresh WHERE {accepting}[pair[1]] AND pair[0] <> origin{labels} | pair[0]]";
        var level = $"CASE WHEN size(bfs.frontier) = 0 OR size(bfs.found) >= {first} OR size(bfs.visited) > {maxVisited} THEN bfs "
            + $"ELSE [fresh IN [{Unseen(Moves("bfs"), "bfs.visited")}] | {{visited: [pair IN bfs.visited + fresh | pair], frontier: [pair IN fresh WHERE size({steps}[pair[1]]) > 0], "
            + $"found: [hit IN bfs.found + [entity IN {Unseen(accepted, "[hit IN bfs.found | hit[0]]")} | [entity, level]] | hit]}}][0] END";
        var answer = $"COLLECT {{ UNWIND reach.found AS hit WITH hit[0] AS entity, hit[1] AS distance ORDER BY distance, entity.{IdKey} LIMIT {first} "
            + $"RETURN {Projection("entity", field.Projection)} }}";
        var refusal = LimitExceeded($"The reachable search visits more than {field.Limits.MaxSubgraphSize} (entity, pattern state) pairs on Neo4j before it finds {field.First} entities (limit MaxSubgraphSize); narrow the pattern.");
        var search = $"head(COLLECT {{ MATCH {from.Pattern("origin")} "
            + $"WITH origin, reduce(bfs = {{visited: [[origin, {start}]], frontier: [[origin, {start}]], found: []}}, level IN range(1, {levels}) | {level}) AS reach "
            // CASE tests its conditions in order, so the next level is gathered only for a search stopped at the limit.
            + $"RETURN CASE WHEN size(reach.frontier) = 0 OR size(reach.found) >= {first} THEN {answer} "
            + $"WHEN size({Unseen(Moves("reach"), "reach.visited")}) > 0 THEN {refusal} ELSE {answer} END }})";
        return RequireEntities(search, from);
    }

    /// <summary>
    /// The distinct values of <paramref name="candidates"/> that are not in <paramref name="seen"/>, by
    /// grouping (which hashes) rather than by scanning lists: cost linear in both lists.
    /// </summary>
    private static string Unseen(string candidates, string seen) =>
        $"COLLECT {{ UNWIND [key IN {seen} | [key, 1]] + [key IN {candidates} | [key, 0]] AS tagged "
        + "WITH tagged[0] AS key, sum(tagged[1]) AS seen WHERE seen = 0 RETURN key }";
}
