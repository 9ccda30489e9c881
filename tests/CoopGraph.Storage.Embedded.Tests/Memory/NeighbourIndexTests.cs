using CoopGraph.Storage.Embedded.Memory;
using CitiesGraph = CoopGraph.Storage.Embedded.Tests.Traversal.TestGraph;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests.Memory;

public sealed class NeighbourIndexTests
{
    private const string Graph = """
        a ROAD b
        a ROAD c
        b ROAD d
        c RAIL d
        a RAIL b
        a ROAD a
        hub1 SERVES a
        """;

    [Fact]
    public async Task Rows_list_the_neighbours_the_records_list_in_the_same_order()
    {
        await using var graph = await CitiesGraph.CreateAsync(Graph, "lonely");
        var index = NeighbourIndex.Build(graph.Snapshot);
        Assert.Equal(graph.Snapshot.Version, index.Version);
        foreach (var name in new[] { "a", "b", "c", "d", "hub1", "lonely" })
        {
            var node = graph.Node(name);
            var outgoing = Neighbours(graph.Snapshot.GetAdjacency(node, true));
            var incoming = Neighbours(graph.Snapshot.GetAdjacency(node, false));
            Assert.Equal(outgoing, index.Outgoing(node).ToArray());
            Assert.Equal(incoming, index.Incoming(node).ToArray());
            Assert.Equal(outgoing.Concat(incoming), index.Both(node).ToArray());
        }

        // The self-loop is listed at both of its ends, a's outgoing row and a's incoming row.
        Assert.Equal(4, index.Outgoing(graph.Node("a")).Length);
        Assert.Equal(2, index.Incoming(graph.Node("a")).Length);
    }

    [Fact]
    public async Task An_index_keeps_its_version_and_a_later_one_sees_the_writes()
    {
        await using var graph = await CitiesGraph.CreateAsync(Graph);
        var before = NeighbourIndex.Build(graph.Snapshot);
        await graph.Store.WriteAsync(new GraphBatch([
            new DeleteRelationship($"SERVES:{CitiesGraph.Id("hub1")}:{CitiesGraph.Id("a")}"),
            new DeleteRelationship($"ROAD:{CitiesGraph.Id("a")}:{CitiesGraph.Id("b")}"),
        ]));
        using var later = graph.Store.OpenSnapshot();
        var after = NeighbourIndex.Build(later);
        var a = graph.Node("a");
        Assert.True(after.Version > before.Version);
        Assert.Equal(6, before.Both(a).Length);
        Assert.Equal(4, after.Both(a).Length);
        Assert.Equal(0, after.Both(graph.Node("hub1")).Length);
        Assert.Equal(1, before.Both(graph.Node("hub1")).Length);
    }

    private static int[] Neighbours(ReadOnlySpan<AdjacencyEntry> entries)
    {
        var neighbours = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            neighbours[i] = entries[i].Neighbour;
        }

        return neighbours;
    }
}
