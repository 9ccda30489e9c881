using CoopGraph.Planning.Traversals;
using CoopGraph.Storage.Embedded.Traversal;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class RankingTests
{
    /// <summary>Two relationship types, parallel relationships and cycles; shared with the tests of kept rankings.</summary>
    internal const string Connected = """
        a ROAD b
        a ROAD c
        b ROAD c
        c ROAD d
        d ROAD e
        e RAIL a
        e ROAD f
        f ROAD g
        g ROAD e
        a RAIL b
        """;

    [Fact]
    public async Task PageRank_matches_QuikGraph_on_the_undirected_view()
    {
        await using var graph = await TestGraph.CreateAsync(Connected);
        var compact = CompactGraph.Undirected(graph.Snapshot, null, long.MaxValue, CancellationToken.None);
        var ours = PageRank.Compute(compact, 200, 0.85, CancellationToken.None);

        // QuikGraph's PageRank is the unnormalised form r = (1 - d) + d Σ r(u)/deg(u), n times the
        // normalised one. Each relationship is an edge both ways; a node without relationships (the
        // source) hands its score to every node, which is an edge to every node.
        var reference = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: true);
        reference.AddVertexRange(compact.Handles);
        for (var i = 0; i < compact.NodeCount; i++)
        {
            if (compact.Offsets[i] == compact.Offsets[i + 1])
            {
                reference.AddEdgeRange(compact.Handles.Select(h => new Edge<int>(compact.Handles[i], h)));
            }

            for (var e = compact.Offsets[i]; e < compact.Offsets[i + 1]; e++)
            {
                reference.AddEdge(new Edge<int>(compact.Handles[i], compact.Handles[compact.Targets[e]]));
            }
        }

        var algorithm = new PageRankAlgorithm<int, Edge<int>>(reference) { Damping = 0.85, Tolerance = 1e-12, MaxIterations = 1000 };
        algorithm.Compute();
        var sum = algorithm.Ranks.Values.Sum();
        Assert.Equal(1.0, ours.Sum(), 9);
        for (var i = 0; i < compact.NodeCount; i++)
        {
            Assert.Equal(algorithm.Ranks[compact.Handles[i]] / sum, ours[i], 6);
        }
    }

    [Fact]
    public async Task Compact_graph_numbers_nodes_by_id_and_sorts_each_row()
    {
        // Written in an order unlike the ids', with a self-loop and parallel relationships.
        await using var graph = await TestGraph.CreateAsync("""
            z ROAD a
            m ROAD m
            a RAIL z
            z ROAD m
            a ROAD m
            """);
        var compact = CompactGraph.Undirected(graph.Snapshot, null, long.MaxValue, CancellationToken.None);
        var ids = compact.Handles.Select(graph.Snapshot.GetNodeId).ToArray();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var rows = Enumerable.Range(0, compact.NodeCount).ToDictionary(
            i => graph.Snapshot.GetNodeId(compact.Handles[i]),
            i => compact.Targets[compact.Offsets[i]..compact.Offsets[i + 1]].Select(t => graph.Name(compact.Handles[t])).ToArray());
        Assert.Equal(["m", "z", "z"], rows["city:a"]);
        Assert.Equal(["a", "m", "m", "z"], rows["city:m"]);
        Assert.Equal(["a", "a", "m"], rows["city:z"]);
        Assert.Empty(rows["source:test"]);
    }

    [Fact]
    public async Task PageRank_hands_on_the_score_of_isolated_nodes()
    {
        await using var graph = await TestGraph.CreateAsync("a ROAD b", "lonely");
        var ours = PageRank.Compute(CompactGraph.Undirected(graph.Snapshot, null, long.MaxValue, CancellationToken.None), 50, 0.85, CancellationToken.None);

        // Four nodes: a and b joined, the source and lonely isolated. By symmetry the isolated ones
        // share y and hand it all on: y = 0.15/4 + 0.85 (2y)/4, so y = 0.15 / 2.3.
        var isolated = 0.15 / 2.3;
        Assert.Equal(1.0, ours.Sum(), 9);
        Assert.Contains(ours, r => Math.Abs(r - isolated) < 1e-9);
    }

    [Fact]
    public async Task Betweenness_on_a_path_and_a_star_matches_the_counts_by_hand()
    {
        // A path a-b-c-d: b lies on a–c and a–d, c on a–d and b–d. A star centre lies on all 3 pairs of leaves.
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            b ROAD c
            c ROAD d
            s ROAD l1
            s ROAD l2
            l3 ROAD s
            """);
        var scores = ByName(graph, exactThreshold: 100);
        Assert.Equal(0, scores["a"], 9);
        Assert.Equal(2, scores["b"], 9);
        Assert.Equal(2, scores["c"], 9);
        Assert.Equal(3, scores["s"], 9);
        Assert.Equal(0, scores["l1"], 9);
    }

    [Fact]
    public async Task Betweenness_splits_over_several_shortest_paths()
    {
        // A square a-b-d-c-a: each corner lies on half of the two shortest paths between its neighbours.
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD b
            b ROAD d
            d ROAD c
            c ROAD a
            """);
        var scores = ByName(graph, exactThreshold: 100);
        Assert.All(scores.Values, s => Assert.Equal(0.5, s, 9));
    }

    [Fact]
    public async Task Sampled_betweenness_with_every_pivot_is_exact_and_repeatable()
    {
        await using var graph = await TestGraph.CreateAsync(Connected);
        var exact = ByName(graph, exactThreshold: 100);
        var allPivots = ByName(graph, exactThreshold: 1, samples: 100);
        var sampled = ByName(graph, exactThreshold: 1, samples: 3);
        var again = ByName(graph, exactThreshold: 1, samples: 3);
        foreach (var (name, score) in exact)
        {
            Assert.Equal(score, allPivots[name], 9);
        }

        Assert.Equal(sampled, again);
        Assert.NotEqual(exact, sampled);
    }

    [Fact]
    public async Task Degree_counts_relationships_in_both_directions_and_breaks_ties_by_id()
    {
        await using var graph = await TestGraph.CreateAsync(Connected);
        var field = new RankField("rank", null, null, RankAlgorithm.Degree, 3, [], new TraversalLimits());
        var ranked = Ranking.Rank(graph.Snapshot, field, _ => true, CancellationToken.None);
        Assert.Equal([("a", 4.0), ("e", 4.0), ("b", 3.0)], ranked.Select(r => (graph.Name(r.Node), r.Score)));
    }

    [Fact]
    public async Task Betweenness_ties_that_differ_only_in_the_last_bits_break_by_id()
    {
        // a and d both lie on shortest paths worth 10/3; Brandes' sums give d 3.3333333333333335 and
        // a 3.333333333333333, so unrounded d would come first, and another summation order would not.
        await using var graph = await TestGraph.CreateAsync("""
            a ROAD d
            a ROAD e
            a ROAD f
            b ROAD d
            b ROAD e
            c ROAD d
            c ROAD f
            """);
        var field = new RankField("rank", null, null, RankAlgorithm.Betweenness, 2, [], new TraversalLimits());
        var ranked = Ranking.Rank(graph.Snapshot, field, _ => true, CancellationToken.None);
        Assert.Equal([("a", 3.333333333), ("d", 3.333333333)], ranked.Select(r => (graph.Name(r.Node), r.Score)));
    }

    [Fact]
    public async Task Ranking_no_label_scores_nothing_and_reads_no_graph()
    {
        await using var graph = await TestGraph.CreateAsync(Connected);
        var field = new RankField("rank", [], null, RankAlgorithm.PageRank, 3, [], new TraversalLimits { MaxRankRelationships = 5 });
        Assert.Empty(Ranking.Rank(graph.Snapshot, field, _ => false, CancellationToken.None));
    }

    [Theory]
    [InlineData(3.3333333333333335, 3.333333333)]
    [InlineData(3.333333333333333, 3.333333333)]
    [InlineData(0.5, 0.5)]
    [InlineData(2.0000000005, 2.000000001)]
    [InlineData(0.0, 0.0)]
    [InlineData(1.0029296875, 1.002929688)]
    [InlineData(1.0029296874999998, 1.002929688)]
    [InlineData(9056496.114285715, 9056496.114285715)]
    public void Betweenness_scores_round_to_nine_places_half_away_from_zero(double score, double rounded) =>
        Assert.Equal(rounded, RankScores.RoundBetweenness(score));

    [Fact]
    public async Task Ranking_refuses_graphs_over_the_limit()
    {
        await using var graph = await TestGraph.CreateAsync(Connected);
        var field = new RankField("rank", null, null, RankAlgorithm.PageRank, 3, [], new TraversalLimits { MaxRankRelationships = 5 });
        var error = Assert.Throws<Planning.PlanExecutionException>(() => Ranking.Rank(graph.Snapshot, field, _ => true, CancellationToken.None));
        Assert.Contains("MaxRankRelationships", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, double> ByName(TestGraph graph, int exactThreshold, int samples = 64)
    {
        var compact = CompactGraph.Undirected(graph.Snapshot, null, long.MaxValue, CancellationToken.None);
        var scores = Betweenness.Compute(compact, exactThreshold, samples, 7, CancellationToken.None);
        return compact.Handles.Select((h, i) => (graph.Name(h), scores[i])).Where(p => p.Item1 != "test").ToDictionary(p => p.Item1, p => p.Item2);
    }
}
