using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded.Traversal;

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
}
