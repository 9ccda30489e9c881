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
}
