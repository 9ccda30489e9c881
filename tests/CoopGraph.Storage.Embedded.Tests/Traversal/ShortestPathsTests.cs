using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class ShortestPathsTests
{
    private const string Diamond = """
        a ROAD b
        a ROAD c
        b ROAD d
        c RAIL d
        d ROAD e
        e ROAD a
        """;

    [Fact]
    public async Task Finds_every_shortest_path_through_a_cycle()
    {
        await using var graph = await TestGraph.CreateAsync(Diamond);
        var paths = ShortestPaths.Find(graph.Expansion(RelationshipDirection.Out), graph.Node("a"), graph.Node("d"), 6, 10);
        Assert.Equal(["a -ROAD> b -ROAD> d", "a -ROAD> c -RAIL> d"], paths.Select(graph.Describe).Order());
    }

    [Fact]
    public async Task Direction_decides_which_way_round_the_cycle()
    {
        await using var graph = await TestGraph.CreateAsync(Diamond);
        var both = ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("d"), 6, 10);
        var backwards = ShortestPaths.Find(graph.Expansion(RelationshipDirection.In), graph.Node("d"), graph.Node("a"), 6, 10);
        Assert.Equal(["a -ROAD> b -ROAD> d", "a -ROAD> c -RAIL> d", "a <ROAD- e <ROAD- d"], both.Select(graph.Describe).Order());
        Assert.Equal(["d <RAIL- c <ROAD- a", "d <ROAD- b <ROAD- a"], backwards.Select(graph.Describe).Order());
    }

    [Fact]
    public async Task Type_filter_leaves_out_other_relationships()
    {
        await using var graph = await TestGraph.CreateAsync(Diamond);
        var paths = ShortestPaths.Find(graph.Expansion(RelationshipDirection.Out, types: ["ROAD"]), graph.Node("a"), graph.Node("d"), 6, 10);
        Assert.Equal(["a -ROAD> b -ROAD> d"], paths.Select(graph.Describe));
    }

    [Fact]
    public async Task Parallel_relationships_of_different_types_are_different_paths()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            a RAIL b
            b ROAD c
            """);
        var paths = ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("c"), 6, 10);
        Assert.Equal(["a -RAIL> b -ROAD> c", "a -ROAD> b -ROAD> c"], paths.Select(graph.Describe));
    }

    [Fact]
    public async Task Disconnected_parts_and_depth_limits_give_no_path()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            b ROAD c
            c ROAD d
            x ROAD y
            """);
        Assert.Empty(ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("y"), 10, 10));
        Assert.Empty(ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("d"), 2, 10));
        Assert.Single(ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("d"), 3, 10));
    }

    [Fact]
    public async Task Self_loops_never_lengthen_a_shortest_path()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD a
            a ROAD b
            b RAIL b
            """);
        var paths = ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("b"), 4, 10);
        Assert.Equal(["a -ROAD> b"], paths.Select(graph.Describe));
        Assert.Equal(["a"], ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("a"), 4, 10).Select(graph.Describe));
    }

    [Fact]
    public async Task Label_filter_keeps_paths_off_other_labels_but_allows_the_ends()
    {
        await using var graph = await TestGraph.CreateAsync("""
            hub1 SERVES a
            hub1 SERVES b
            a ROAD c
            c ROAD d
            d ROAD b
            """);
        var any = ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("b"), 6, 10);
        var citiesOnly = ShortestPaths.Find(graph.Expansion(labels: ["City"]), graph.Node("a"), graph.Node("b"), 6, 10);
        var toHub = ShortestPaths.Find(graph.Expansion(labels: ["City"]), graph.Node("c"), graph.Node("hub1"), 6, 10);
        Assert.Equal(["a <SERVES- hub1 -SERVES> b"], any.Select(graph.Describe));
        Assert.Equal(["a -ROAD> c -ROAD> d -ROAD> b"], citiesOnly.Select(graph.Describe));
        Assert.Equal(["c <ROAD- a <SERVES- hub1"], toHub.Select(graph.Describe));
    }

    [Fact]
    public async Task First_bounds_the_number_of_paths()
    {
        await using var graph = await TestGraph.CreateAsync(Diamond);
        Assert.Single(ShortestPaths.Find(graph.Expansion(RelationshipDirection.Out), graph.Node("a"), graph.Node("d"), 6, 1));
    }

    [Fact]
    public async Task Too_many_expansions_is_a_limit_error()
    {
        await using var graph = await TestGraph.CreateAsync(Diamond);
        var error = Assert.Throws<Planning.PlanExecutionException>(
            () => ShortestPaths.Find(graph.Expansion(maxExpansions: 2), graph.Node("a"), graph.Node("d"), 6, 10));
        Assert.Equal("LIMIT_EXCEEDED", error.Code);
        Assert.Contains("MaxExpansions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shortest_paths_come_in_id_order_whatever_the_order_of_writing()
    {
        // Handles follow writing order (z, m, k-2, b) and type ordinals put ROAD before RAIL.
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD z
            a ROAD m
            a ROAD k-2
            a ROAD b
            a RAIL m
            z ROAD t
            m ROAD t
            k-2 ROAD t
            b ROAD t
            """);
        var expansion = graph.Expansion(RelationshipDirection.Out);
        string[] canonical = ["a -ROAD> b -ROAD> t", "a -ROAD> k-2 -ROAD> t", "a -RAIL> m -ROAD> t", "a -ROAD> m -ROAD> t", "a -ROAD> z -ROAD> t"];
        Assert.Equal(canonical, ShortestPaths.Find(expansion, graph.Node("a"), graph.Node("t"), 6, 10).Select(graph.Describe));
        Assert.Equal(canonical[..3], ShortestPaths.Find(expansion, graph.Node("a"), graph.Node("t"), 6, 3).Select(graph.Describe));
        Assert.Equal(["t <ROAD- b <ROAD- a", "t <ROAD- k-2 <ROAD- a"], ShortestPaths.Find(graph.Expansion(RelationshipDirection.In), graph.Node("t"), graph.Node("a"), 6, 2).Select(graph.Describe));
    }

    [Fact]
    public async Task Either_way_round_a_relationship_pair_the_ids_decide()
    {
        await using var graph = await TestGraph.CreateAsync("""
            b ROAD a
            a ROAD b
            b ROAD c
            """);
        var paths = ShortestPaths.Find(graph.Expansion(), graph.Node("a"), graph.Node("c"), 6, 10);
        Assert.Equal(["a -ROAD> b -ROAD> c", "a <ROAD- b -ROAD> c"], paths.Select(graph.Describe));
    }
}
