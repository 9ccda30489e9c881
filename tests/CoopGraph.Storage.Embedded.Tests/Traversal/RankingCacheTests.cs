using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class RankingCacheTests
{
    // Ties on purpose: degree 2 and 3 are shared by several cities, so the cut at first falls inside tie groups.
    private const string Edges = RankingTests.Connected + "\n" + """
        hub1 SERVES a
        hub1 SERVES d
        hub2 SERVES g
        hub2 SERVES b
        """;

    private static readonly SourceRef[] Cited = [new("source:test", "as the test says")];

    [Theory]
    [InlineData(RankAlgorithm.Degree)]
    [InlineData(RankAlgorithm.PageRank)]
    [InlineData(RankAlgorithm.Betweenness)]
    public async Task Kept_scores_answer_exactly_as_a_fresh_computation(RankAlgorithm algorithm)
    {
        await using var graph = await TestGraph.CreateAsync(Edges, "lonely");
        var model = graph.Snapshot.Model;
        NodeType[]?[] labelChoices = [null, [model.FindLabel("City")!], [model.FindLabel("Hub")!]];
        RelationshipType[]?[] typeChoices = [null, [model.FindRelationshipType("ROAD")!], [model.FindRelationshipType("SERVES")!, model.FindRelationshipType("RAIL")!]];
        foreach (var labels in labelChoices)
        {
            foreach (var types in typeChoices)
            {
                for (var first = 0; first <= 12; first++)
                {
                    var fresh = Rank(graph.Snapshot, algorithm, labels, types, first, new TraversalLimits { WholeGraphCacheEntries = 0 });
                    var kept = new TraversalLimits();
                    Assert.Equal(fresh, Rank(graph.Snapshot, algorithm, labels, types, first, kept));
                    Assert.Equal(fresh, Rank(graph.Snapshot, algorithm, labels, types, first, kept));
                }
            }
        }
    }

    [Fact]
    public async Task Rankings_that_differ_only_in_labels_or_first_share_one_scoring()
    {
        await using var graph = await TestGraph.CreateAsync(Edges);
        var model = graph.Snapshot.Model;
        var limits = new TraversalLimits();
        Rank(graph.Snapshot, RankAlgorithm.PageRank, [model.FindLabel("City")!], null, 2, limits);
        var hubs = new RankField("rank", [model.FindLabel("Hub")!], null, RankAlgorithm.PageRank, 5, [], limits);
        Assert.True(Ranking.IsAtHand(graph.Store.Memory.Rankings, graph.Snapshot.Version, hubs));
        var otherDamping = new RankField("rank", null, null, RankAlgorithm.PageRank, 5, [], new TraversalLimits { PageRankDamping = 0.5 });
        Assert.False(Ranking.IsAtHand(graph.Store.Memory.Rankings, graph.Snapshot.Version, otherDamping));
        var notReadingKept = new RankField("rank", null, null, RankAlgorithm.PageRank, 5, [], new TraversalLimits { WholeGraphCacheEntries = 0 });
        Assert.False(Ranking.IsAtHand(graph.Store.Memory.Rankings, graph.Snapshot.Version, notReadingKept));
    }

    [Fact]
    public async Task After_a_write_the_ranking_reflects_it()
    {
        await using var graph = await TestGraph.CreateAsync(Edges);
        var limits = new TraversalLimits();
        Assert.Equal("city:a", Rank(graph.Snapshot, RankAlgorithm.Degree, null, null, 1, limits).Single().Id);
        await graph.Store.WriteAsync(new GraphBatch([
            new RelationshipWrite("ROAD", "city:g", "city:b", new Dictionary<string, object?>(), Cited),
            new RelationshipWrite("ROAD", "city:g", "city:c", new Dictionary<string, object?>(), Cited),
            new RelationshipWrite("ROAD", "city:g", "city:d", new Dictionary<string, object?>(), Cited),
        ]));
        using var after = graph.Store.OpenSnapshot();
        Assert.Equal([("city:g", 6.0)], Rank(after, RankAlgorithm.Degree, null, null, 1, limits));
        Assert.Equal(Rank(after, RankAlgorithm.PageRank, null, null, 3, new TraversalLimits { WholeGraphCacheEntries = 0 }), Rank(after, RankAlgorithm.PageRank, null, null, 3, limits));

        // The snapshot opened before the write still answers for its own version.
        Assert.Equal("city:a", Rank(graph.Snapshot, RankAlgorithm.Degree, null, null, 1, limits).Single().Id);
    }

    private static List<(string Id, double Score)> Rank(GraphSnapshot snapshot, RankAlgorithm algorithm, NodeType[]? labels, RelationshipType[]? types, int first, TraversalLimits limits)
    {
        var field = new RankField("rank", labels, types, algorithm, first, [], limits);
        return Ranking.Rank(snapshot, field, node => labels is null || labels.Contains(snapshot.GetLabel(node)), CancellationToken.None)
            .ConvertAll(r => (snapshot.GetNodeId(r.Node), r.Score));
    }
}
