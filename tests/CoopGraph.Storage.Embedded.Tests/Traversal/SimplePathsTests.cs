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
        Assert.Equal(["a <ROAD- d", "a -ROAD> b -RAIL> d", "a -RAIL> c -ROAD> d"], paths.Select(graph.Describe));
        Assert.Equal(3, SimplePaths.Find(graph.Expansion(), null, graph.Node("a"), graph.Node("d"), 2, 3).Count);
        Assert.Equal(["a <ROAD- d"], SimplePaths.Find(graph.Expansion(), null, graph.Node("a"), graph.Node("d"), 2, 1).Select(graph.Describe));
    }

    [Fact]
    public async Task A_pattern_keeps_only_matching_paths()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var pattern = PatternParser.Parse("ROAD>+", graph.Snapshot.Model, 512).Automaton;
        var paths = SimplePaths.Find(graph.Expansion(), pattern, graph.Node("a"), graph.Node("d"), 4, 20);
        Assert.Equal(["a -ROAD> b -ROAD> c -ROAD> d"], paths.Select(graph.Describe));
    }

    // Written so that handles and type ordinals (ROAD before RAIL) disagree with the ids.
    private const string Crossings = """
        a ROAD z
        a ROAD m
        a RAIL m
        z ROAD t
        m ROAD t
        a ROAD b
        b ROAD y
        b ROAD x
        y ROAD t
        x ROAD t
        """;

    [Fact]
    public async Task Paths_of_one_length_come_in_id_order_whatever_the_order_of_writing()
    {
        await using var graph = await TestGraph.CreateAsync(Crossings);
        string[] canonical =
        [
            "a -RAIL> m -ROAD> t",
            "a -ROAD> m -ROAD> t",
            "a -ROAD> z -ROAD> t",
            "a -ROAD> b -ROAD> x -ROAD> t",
            "a -ROAD> b -ROAD> y -ROAD> t",
        ];
        Assert.Equal(canonical, SimplePaths.Find(graph.Expansion(RelationshipDirection.Out), null, graph.Node("a"), graph.Node("t"), 3, 20).Select(graph.Describe));
        Assert.Equal(canonical[..4], SimplePaths.Find(graph.Expansion(RelationshipDirection.Out), null, graph.Node("a"), graph.Node("t"), 3, 4).Select(graph.Describe));
    }

    [Fact]
    public async Task A_pattern_keeps_the_canonical_order()
    {
        await using var graph = await TestGraph.CreateAsync(Crossings);
        var pattern = PatternParser.Parse("ROAD>,ROAD>", graph.Snapshot.Model, 512).Automaton;
        var paths = SimplePaths.Find(graph.Expansion(), pattern, graph.Node("a"), graph.Node("t"), 4, 20);
        Assert.Equal(["a -ROAD> m -ROAD> t", "a -ROAD> z -ROAD> t"], paths.Select(graph.Describe));
    }

    [Fact]
    public async Task From_a_node_to_itself_only_the_empty_path_and_only_if_the_pattern_accepts_it()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        Assert.Equal(["a"], SimplePaths.Find(graph.Expansion(), null, graph.Node("a"), graph.Node("a"), 4, 20).Select(graph.Describe));
        Assert.Equal(["a"], SimplePaths.Find(graph.Expansion(), PatternParser.Parse("ROAD*", graph.Snapshot.Model, 512).Automaton, graph.Node("a"), graph.Node("a"), 4, 20).Select(graph.Describe));
        Assert.Empty(SimplePaths.Find(graph.Expansion(), PatternParser.Parse("ROAD+", graph.Snapshot.Model, 512).Automaton, graph.Node("a"), graph.Node("a"), 4, 20));
    }
}
