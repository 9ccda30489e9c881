using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals.Patterns;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class SimplePathsTests
{
    private const string Graph = """
        a ROAD b
        b ROAD c
        a RAIL c
        c ROAD d
        b RAIL d
        d ROAD a
        """;

    [Fact]
    public async Task Lists_simple_paths_shortest_first_within_max_depth()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var paths = SimplePaths.Find(graph.Expansion(RelationshipDirection.Out), null, graph.Node("a"), graph.Node("d"), 4, 20);
        Assert.Equal([2, 2, 3], paths.Select(p => p.Length));
        Assert.Equal(
            ["a -RAIL> c -ROAD> d", "a -ROAD> b -RAIL> d", "a -ROAD> b -ROAD> c -ROAD> d"],
            paths.Select(graph.Describe).Order());
        Assert.All(paths, p => Assert.Equal(p.Nodes.Length, p.Nodes.Distinct().Count()));
    }

    [Fact]
    public async Task Both_directions_find_the_back_edge_and_never_repeat_a_node()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var paths = SimplePaths.Find(graph.Expansion(), null, graph.Node("a"), graph.Node("d"), 2, 20);
        Assert.Equal(["a <ROAD- d", "a -RAIL> c -ROAD> d", "a -ROAD> b -RAIL> d"], paths.Select(graph.Describe));
        Assert.Equal(3, SimplePaths.Find(graph.Expansion(), null, graph.Node("a"), graph.Node("d"), 2, 3).Count);
        Assert.Single(SimplePaths.Find(graph.Expansion(), null, graph.Node("a"), graph.Node("d"), 2, 1));
    }

    [Fact]
    public async Task A_pattern_keeps_only_matching_paths()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var pattern = PatternParser.Parse("ROAD>+", graph.Snapshot.Model, 512).Automaton;
        var paths = SimplePaths.Find(graph.Expansion(), pattern, graph.Node("a"), graph.Node("d"), 4, 20);
        Assert.Equal(["a -ROAD> b -ROAD> c -ROAD> d"], paths.Select(graph.Describe));
    }
}
