using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals;

namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>
/// Paths between two entities (shortestPath, allShortestPaths, paths), chosen and ordered as the
/// embedded store does: shortest first, paths of one length in canonical order — lexicographic over
/// the ids along the walk, at each step the next node's id, then the relationship's id (Cypher orders
/// lists lexicographically; ids are ASCII — kebab-case keys and type names — so its string order is
/// .NET's ordinal one) — cut to first.
/// Shortest paths are an <c>ALL SHORTEST</c> quantified path pattern whose inner nodes must carry an
/// allowed label (a pre-filter, so it shapes which paths are shortest); simple paths are every path up
/// to maxDepth without a node twice, with a pattern checked by running its automaton over the path.
/// The embedded store's MaxExpansions budget has no Cypher counterpart: Neo4j's transaction timeout
/// bounds the work instead.
/// </summary>
internal sealed partial class Neo4jPlanTranslator
{
    private string Paths(PathsField field)
    {
        var from = NameEntity(field.From);
        if (_model.LabelOfId(field.To) is null)
        {
            // The start is looked up first, as in the embedded store, so a missing start is the error named.
            return RequireEntities(MissingEntity(Parameter(field.To)), from);
        }

        var to = field.To == field.From ? from : NameEntity(field.To);
        var one = field.Search == PathSearch.Shortest;
        var first = one ? 1 : field.First;
        var simple = field.Search == PathSearch.Simple || field.Pattern is not null;
        var types = StepTypes(field);
        string? rows;
        if (first <= 0)
        {
            rows = null;
        }
        else if (from.Id == to.Id)
        {
            // A walk from an entity to itself is the empty path; a simple one can be nothing longer.
            rows = field.Pattern is { } pattern && !pattern.Automaton.IsAccepting(pattern.Automaton.Start) ? null : EmptyPath(field.Fields, from);
        }
        else
        {
            rows = field.MaxDepth == 0 || types.Count == 0 ? null : simple ? SimplePaths(field, from, to, types, first) : ShortestPaths(field, from, to, types, first);
        }

        var value = rows is null ? (one ? "null" : "[]") : one ? $"head({rows})" : rows;
        return RequireEntities(value, from, to);
    }

    /// <summary>
    /// The relationship types a path may use: the filter's (all the model's when none), and with a
    /// pattern only those some step of it can follow, as a path over another type cannot match.
    /// </summary>
    private List<RelationshipType> StepTypes(PathsField field)
    {
        var types = (field.Filter.Types ?? _model.RelationshipTypes).Distinct().ToList();
        if (field.Pattern?.Automaton is { } automaton)
        {
            var steps = Enumerable.Range(0, automaton.StateCount).SelectMany(automaton.TransitionsOf).ToList();
            if (steps.TrueForAll(s => s.Type is not null))
            {
                types.RemoveAll(t => !steps.Exists(s => ReferenceEquals(s.Type, t)));
            }
        }

        return types;
    }

    /// <summary>The zero-length path of one entity: a path pattern of a single node.</summary>
    private string EmptyPath(IReadOnlyList<OutputField> fields, NamedEntity entity)
    {
        var path = Fresh("p");
        return $"COLLECT {{ MATCH {path} = {entity.Pattern(Fresh("a"))} RETURN {PathMap(fields, path)} }}";
    }

    private string ShortestPaths(PathsField field, NamedEntity from, NamedEntity to, List<RelationshipType> types, int first)
    {
        var (start, end, path) = (Fresh("a"), Fresh("b"), Fresh("p"));
        return $"COLLECT {{ MATCH {from.Pattern(start)} MATCH {to.Pattern(end)} "
            + $"MATCH {path} = ALL SHORTEST ({start}){Steps(field, to, types)}({end}) "
            + $"WITH {path} ORDER BY {WalkKey(path)} LIMIT {Parameter((long)first)} RETURN {PathMap(field.Fields, path)} }}";
    }

    private string SimplePaths(PathsField field, NamedEntity from, NamedEntity to, List<RelationshipType> types, int first)
    {
        var (start, end, path) = (Fresh("a"), Fresh("b"), Fresh("p"));
        var conditions = new List<string> { NoNodeTwice(path) };
        if (field.Pattern is { } pattern)
        {
            conditions.Add(PatternAccepts(pattern.Automaton, path));
        }

        return $"COLLECT {{ MATCH {from.Pattern(start)} MATCH {to.Pattern(end)} "
            + $"MATCH {path} = ({start}){Steps(field, to, types)}({end}) WHERE {string.Join(" AND ", conditions)} "
            + $"WITH {path} ORDER BY length({path}), {WalkKey(path)} LIMIT {Parameter((long)first)} RETURN {PathMap(field.Fields, path)} }}";
    }

    /// <summary>
    /// One to maxDepth steps through the filter. Every node a step reaches must have an allowed label
    /// unless it is the end (the start is never reached again: shortest and simple paths do not return).
    /// A quantifier's bounds cannot be parameters in Cypher; maxDepth is a planned, bounded integer.
    /// </summary>
    private string Steps(PathsField field, NamedEntity to, List<RelationshipType> types)
    {
        var next = Fresh("y");
        var reached = field.Filter.Labels switch
        {
            null => next,
            { Count: 0 } => $"{next} WHERE {next}.{IdKey} = {to.Parameter}",
            var labels => $"{next} WHERE {next}{LabelExpression(labels)} OR {next}.{IdKey} = {to.Parameter}",
        };
        return $"({Arrow(string.Empty, string.Empty, TypeExpression(types), field.Filter.Direction, reached)}){{1,{field.MaxDepth}}}";
    }

    /// <summary>No node twice: each node differs from all before it (so no relationship is repeated either).</summary>
    private string NoNodeTwice(string path)
    {
        var index = Fresh("i");
        return $"all({index} IN range(1, length({path})) WHERE NOT (nodes({path})[{index}] IN nodes({path})[..{index}]))";
    }

    /// <summary>The canonical order of paths of one length: per step, the next node's id, then the relationship's id.</summary>
    private string WalkKey(string path)
    {
        var index = Fresh("i");
        return $"[{index} IN range(0, length({path}) - 1) | [nodes({path})[{index} + 1].{IdKey}, relationships({path})[{index}].{IdKey}]]";
    }

    private string PathMap(IReadOnlyList<OutputField> fields, string path) => TraversalMap(fields, value => value switch
    {
        TraversalValue.Length => $"length({path})",
        TraversalValue.Nodes => $"nodes({path})",
        TraversalValue.Relationships => $"relationships({path})",
        _ => throw NotAPathPart(value),
    });

    private static PlanExecutionException NotAPathPart(TraversalValue value) =>
        new("INTERNAL", $"A Path has no {value}; the Neo4j store cannot translate it.");
}
