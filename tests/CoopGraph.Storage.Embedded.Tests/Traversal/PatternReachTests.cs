using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Planning.Traversals.Patterns;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class PatternReachTests
{
    private const string Graph = """
        a ROAD b
        b ROAD c
        c ROAD d
        d ROAD e
        x RAIL b
        y RAIL b
        hub1 SERVES a
        hub1 SERVES z
        """;

    [Theory]
    [InlineData("ROAD>", "b")]
    [InlineData("ROAD>,ROAD>", "c")]
    [InlineData("ROAD>,<RAIL", "x y")]
    [InlineData("ROAD>,(ROAD>|<RAIL)", "c x y")]
    [InlineData("ROAD>*", "b c d e")]
    [InlineData("ROAD>+", "b c d e")]
    [InlineData("ROAD>{2,3}", "c d")]
    [InlineData("ROAD>{2,}", "c d e")]
    [InlineData("ROAD>{3}", "d")]
    [InlineData("<SERVES,SERVES>", "z")]
    [InlineData("<SERVES,.", "z")]
    [InlineData(".", "b hub1")]
    [InlineData("ROAD", "b")]
    [InlineData("ROAD>?,ROAD>", "b c")]
    [InlineData("<ROAD", "")]
    public async Task Reaches_the_ends_of_matching_walks(string pattern, string expected)
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var automaton = PatternParser.Parse(pattern, graph.Snapshot.Model, 512).Automaton;
        var found = PatternReach.Find(graph.Snapshot, TraversalBudget.Unlimited, automaton, graph.Node("a"), _ => true, 100);
        Assert.Equal(expected, string.Join(' ', found.Select(f => graph.Name(f.Node)).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Walks_round_a_cycle_without_enumerating_paths()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            b ROAD c
            c ROAD a
            a RAIL c
            """);
        var automaton = PatternParser.Parse("(ROAD>|RAIL>)*,RAIL>", graph.Snapshot.Model, 512).Automaton;
        var found = PatternReach.Find(graph.Snapshot, TraversalBudget.Unlimited, automaton, graph.Node("b"), _ => true, 100);
        Assert.Equal([("c", 3)], found.Select(f => (graph.Name(f.Node), f.Distance)));
    }

    [Fact]
    public async Task Distances_order_the_results_and_first_stops_the_search()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var automaton = PatternParser.Parse("ROAD>*", graph.Snapshot.Model, 512).Automaton;
        var found = PatternReach.Find(graph.Snapshot, TraversalBudget.Unlimited, automaton, graph.Node("a"), _ => true, 2);
        Assert.Equal([("b", 1), ("c", 2)], found.Select(f => (graph.Name(f.Node), f.Distance)));
    }

    [Theory]
    [InlineData("", 1, "ends where a relationship type")]
    [InlineData("ROAD>,", 7, "ends where a relationship type")]
    [InlineData("ROAD>,NOPE", 7, "unknown relationship type 'NOPE'")]
    [InlineData("(ROAD>", 7, "expected ')'")]
    [InlineData("ROAD>)", 6, "')' without a matching '('")]
    [InlineData("<ROAD>", 2, "either forwards")]
    [InlineData("ROAD>{3,1}", 6, "maximum below its minimum")]
    [InlineData("ROAD>{2", 8, "expected '}'")]
    [InlineData("ROAD>**", 7, "cannot be repeated directly")]
    [InlineData("ROAD> RAIL>", 7, "unexpected 'R'")]
    [InlineData("ROAD>|*", 7, "expected a relationship type")]
    public void Bad_patterns_say_where(string pattern, int position, string reason)
    {
        var model = ModelCompiler.CompileOrThrow(TestGraph.Definitions);
        var error = Assert.Throws<PatternSyntaxException>(() => PatternParser.Parse(pattern, model, 512));
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_past_the_state_limit_are_refused()
    {
        var model = ModelCompiler.CompileOrThrow(TestGraph.Definitions);
        var error = Assert.Throws<PatternSyntaxException>(() => PatternParser.Parse("((ROAD>{50}){50}){50}", model, 512));
        Assert.Contains("MaxPatternStates", error.Message, StringComparison.Ordinal);
    }
}
