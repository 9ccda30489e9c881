using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Traversals.Patterns;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Paths between two entities (shortestPath, allShortestPaths, paths): at most
/// <see cref="First"/>, none longer than <see cref="MaxDepth"/>, following <see cref="Filter"/>
/// and, when given, matching <see cref="Pattern"/>; each written with the Path <see cref="Fields"/>.
/// </summary>
public sealed record PathsField(
    string ResponseName,
    PathSearch Search,
    string From,
    string To,
    int MaxDepth,
    int First,
    TraversalFilter Filter,
    PathPattern? Pattern,
    IReadOnlyList<OutputField> Fields,
    TraversalLimits Limits) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = {Search} paths \"{From}\" -> \"{To}\" (maxDepth {MaxDepth}, first {First})";

    public override IEnumerable<(string Role, PlanNode Node)> Children() =>
        new (string, PlanNode)[] { ("filter", Filter) }
            .Concat(Pattern is null ? [] : [("pattern", (PlanNode)Pattern)])
            .Concat(Fields.Select(f => (f.ResponseName, (PlanNode)f)));
}
