using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class NeighbourhoodTests
{
    private const string Graph = """
        a ROAD b
        a ROAD c
        b ROAD d
        c RAIL d
        d ROAD e
        e ROAD f
        a ROAD a
        hub1 SERVES a
        """;

    [Fact]
    public async Task Collects_nodes_by_distance_and_the_relationships_followed()
    {
        await using var graph = await TestGraph.CreateAsync(Graph, "lonely");
        var subgraph = Neighbourhood.Collect(graph.Expansion(), graph.Node("a"), 2, 100);
        Assert.False(subgraph.Truncated);
        Assert.Equal(
            ["a:0", "b:1", "c:1", "d:2", "hub1:1"],
            subgraph.Nodes.Select(n => $"{graph.Name(n.Node)}:{n.Distance}").Order(StringComparer.Ordinal));
        Assert.Equal(6, subgraph.Relationships.Count);
        Assert.Equal(5, Neighbourhood.Count(graph.Expansion(), graph.Node("a"), 2));
        Assert.Equal(1, Neighbourhood.Count(graph.Expansion(), graph.Node("lonely"), 3));
    }

    [Fact]
    public async Task Filters_apply_to_the_neighbourhood()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        Assert.Equal(4, Neighbourhood.Count(graph.Expansion(RelationshipDirection.Out, types: ["ROAD"]), graph.Node("a"), 2));
        Assert.Equal(1, Neighbourhood.Count(graph.Expansion(RelationshipDirection.In, types: ["ROAD"]), graph.Node("a"), 3));
        Assert.Equal(4, Neighbourhood.Count(graph.Expansion(labels: ["City"]), graph.Node("a"), 2));
    }

    [Fact]
    public async Task Stops_at_the_limit_and_says_so()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var subgraph = Neighbourhood.Collect(graph.Expansion(), graph.Node("a"), 3, 3);
        Assert.True(subgraph.Truncated);
        Assert.Equal(3, subgraph.Nodes.Count);
        Assert.True(subgraph.Relationships.Count <= 3);
    }

    [Fact]
    public async Task A_cut_keeps_the_nearest_then_the_lowest_ids_and_the_relationships_among_them()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var subgraph = Neighbourhood.Collect(graph.Expansion(), graph.Node("a"), 3, 3);
        Assert.True(subgraph.Truncated);

        // Level 1 is b, c and hub1; it overflows, is cut by id and the search stops there.
        Assert.Equal(["a:0", "b:1", "c:1"], subgraph.Nodes.Select(n => $"{graph.Name(n.Node)}:{n.Distance}").Order(StringComparer.Ordinal));
        Assert.Equal(["ROAD:city:a:city:a", "ROAD:city:a:city:b", "ROAD:city:a:city:c"], subgraph.Relationships.Select(graph.Snapshot.GetRelationshipId));
    }

    [Fact]
    public async Task The_last_level_kept_is_still_followed_within_the_kept_nodes()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            a ROAD c
            a ROAD d
            c ROAD b
            """);
        var subgraph = Neighbourhood.Collect(graph.Expansion(RelationshipDirection.Out), graph.Node("a"), 2, 3);
        Assert.True(subgraph.Truncated);
        Assert.Equal(["a", "b", "c"], subgraph.Nodes.Select(n => graph.Name(n.Node)).Order(StringComparer.Ordinal));
        Assert.Equal(["ROAD:city:a:city:b", "ROAD:city:a:city:c", "ROAD:city:c:city:b"], subgraph.Relationships.Select(graph.Snapshot.GetRelationshipId));
    }

    [Fact]
    public async Task Too_many_relationships_truncate_to_the_lowest_ids()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            a ROAD c
            a ROAD d
            a ROAD a
            a RAIL b
            """);
        var subgraph = Neighbourhood.Collect(graph.Expansion(RelationshipDirection.Out), graph.Node("a"), 1, 4);
        Assert.True(subgraph.Truncated);
        Assert.Equal(4, subgraph.Nodes.Count);
        Assert.Equal(
            ["RAIL:city:a:city:b", "ROAD:city:a:city:a", "ROAD:city:a:city:b", "ROAD:city:a:city:c"],
            subgraph.Relationships.Select(graph.Snapshot.GetRelationshipId));
    }

    [Fact]
    public async Task The_answer_does_not_depend_on_the_order_relationships_were_written()
    {
        var lines = Graph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        await using var forwards = await TestGraph.CreateAsync(string.Join('\n', lines));
        await using var backwards = await TestGraph.CreateAsync(string.Join('\n', lines.Reverse()));
        for (var limit = 1; limit <= 8; limit++)
        {
            Assert.Equal(Described(forwards, limit), Described(backwards, limit));
        }

        static string Described(TestGraph graph, int limit)
        {
            var subgraph = Neighbourhood.Collect(graph.Expansion(), graph.Node("b"), 3, limit);
            return string.Join(" ", subgraph.Nodes.Select(n => graph.Name(n.Node)).Order(StringComparer.Ordinal))
                + " | " + string.Join(" ", subgraph.Relationships.Select(graph.Snapshot.GetRelationshipId))
                + " | " + subgraph.Truncated;
        }
    }

    [Fact]
    public async Task A_limit_of_zero_keeps_nothing_and_says_so()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var subgraph = Neighbourhood.Collect(graph.Expansion(), graph.Node("a"), 2, 0);
        Assert.True(subgraph.Truncated);
        Assert.Empty(subgraph.Nodes);
        Assert.Empty(subgraph.Relationships);
    }

    [Theory]
    [InlineData(RelationshipDirection.Both, 1, 4)]
    [InlineData(RelationshipDirection.Both, 3, 6)]
    [InlineData(RelationshipDirection.Both, 4, 7)]
    [InlineData(RelationshipDirection.Out, 2, 4)]
    [InlineData(RelationshipDirection.Out, 4, 6)]
    [InlineData(RelationshipDirection.In, 3, 2)]
    public async Task Counting_every_type_agrees_with_counting_types_one_by_one(RelationshipDirection direction, int depth, int expected)
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var everyType = graph.Expansion(direction);
        var typeByType = graph.Expansion(direction, types: ["ROAD", "RAIL", "SERVES"]);
        Assert.Equal(expected, Neighbourhood.Count(everyType, graph.Node("a"), depth));
        Assert.Equal(expected, Neighbourhood.Count(typeByType, graph.Node("a"), depth));
    }

    [Fact]
    public async Task Counting_every_type_is_charged_to_the_budget()
    {
        await using var graph = await TestGraph.CreateAsync(Graph);
        var error = Assert.Throws<PlanExecutionException>(() => Neighbourhood.Count(graph.Expansion(maxExpansions: 5), graph.Node("a"), 3));
        Assert.Equal("LIMIT_EXCEEDED", error.Code);
    }

    [Fact]
    public async Task A_snapshot_counts_what_it_saw_after_later_writes()
    {
        await using var graph = await TestGraph.CreateAsync(Graph, "far");
        await graph.Store.WriteAsync(new GraphBatch([
            new RelationshipWrite("ROAD", TestGraph.Id("f"), TestGraph.Id("far"), new Dictionary<string, object?>(), [new SourceRef("source:test", "later")]),
            new DeleteRelationship(RelationshipId("ROAD", "a", "b")),
        ]));
        Assert.Equal(6, Neighbourhood.Count(graph.Expansion(), graph.Node("a"), 3));
        Assert.Equal(7, Neighbourhood.Count(graph.Expansion(), graph.Node("a"), 10));
        using var later = graph.Store.OpenSnapshot();
        Assert.True(later.TryFindNode(TestGraph.Id("a"), out var a));
        var expansion = new Expansion(later, TraversalBudget.Unlimited, TraversalFilter.Any);
        Assert.Equal(8, Neighbourhood.Count(expansion, a, 10));
        Assert.Equal(3, Neighbourhood.Count(expansion, a, 1));
    }

    [Fact]
    public async Task Counts_over_a_built_index_match_the_records_and_a_later_version_does_not_use_it()
    {
        await using var graph = await TestGraph.CreateAsync(Graph, "far");
        // Listing the types takes the general path, which never uses the index.
        string[] everyType = ["ROAD", "RAIL", "SERVES"];
        var expected = Enumerable.Range(0, 5).Select(depth => Neighbourhood.Count(graph.Expansion(types: everyType), graph.Node("a"), depth)).ToArray();
        var expectedOut = Neighbourhood.Count(graph.Expansion(RelationshipDirection.Out, everyType), graph.Node("a"), 4);
        var expectedIn = Neighbourhood.Count(graph.Expansion(RelationshipDirection.In, everyType), graph.Node("c"), 4);
        Assert.Null(graph.Snapshot.NeighbourIndex);
        graph.Snapshot.ChargeRecordReads(graph.Snapshot.RelationshipCount);
        Assert.NotNull(graph.Snapshot.NeighbourIndex);

        Assert.Equal(expected, Enumerable.Range(0, 5).Select(depth => Neighbourhood.Count(graph.Expansion(), graph.Node("a"), depth)));
        Assert.Equal(expectedOut, Neighbourhood.Count(graph.Expansion(RelationshipDirection.Out), graph.Node("a"), 4));
        Assert.Equal(expectedIn, Neighbourhood.Count(graph.Expansion(RelationshipDirection.In), graph.Node("c"), 4));
        Assert.Throws<PlanExecutionException>(() => Neighbourhood.Count(graph.Expansion(maxExpansions: 5), graph.Node("a"), 3));

        await graph.Store.WriteAsync(new GraphBatch([
            new RelationshipWrite("ROAD", TestGraph.Id("a"), TestGraph.Id("far"), new Dictionary<string, object?>(), [new SourceRef("source:test", "later")]),
        ]));
        using var later = graph.Store.OpenSnapshot();
        Assert.Null(later.NeighbourIndex);
        Assert.Equal(expected[1] + 1, Neighbourhood.Count(new Expansion(later, TraversalBudget.Unlimited, TraversalFilter.Any), graph.Node("a"), 1));
        Assert.Equal(expected[1], Neighbourhood.Count(graph.Expansion(), graph.Node("a"), 1));
    }

    private static string RelationshipId(string type, string start, string end) => $"{type}:{TestGraph.Id(start)}:{TestGraph.Id(end)}";
}
