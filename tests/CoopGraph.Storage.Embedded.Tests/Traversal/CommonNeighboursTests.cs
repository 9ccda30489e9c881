using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class CommonNeighboursTests
{
    [Fact]
    public async Task Lists_nodes_next_to_both_in_either_direction()
    {
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD m
            n ROAD a
            b ROAD m
            b RAIL n
            a ROAD b
            a ROAD o
            """);
        Assert.Equal(["m", "n"], CommonNeighbours.Find(graph.Expansion(), graph.Node("a"), graph.Node("b")).Select(graph.Name));
        Assert.Equal(["m"], CommonNeighbours.Find(graph.Expansion(types: ["ROAD"]), graph.Node("a"), graph.Node("b")).Select(graph.Name));
    }
}
