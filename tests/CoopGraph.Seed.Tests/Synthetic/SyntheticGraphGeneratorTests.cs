using CoopGraph.Graph.Schema.Model;
using CoopGraph.Seed.Synthetic;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed.Tests.Synthetic;

public sealed class SyntheticGraphGeneratorTests
{
    private static GraphModel Model => DomainModel.Model;

    [Fact]
    public async Task The_generated_graph_is_accepted_whole_by_the_store()
    {
        var generator = new SyntheticGraphGenerator(Model, new SyntheticGraphOptions(3_000, 12_000, BatchSize: 2_500));
        await using var store = await EmbeddedGraphStore.OpenAsync(Model, new EmbeddedStoreOptions { DataPath = ":memory:" });

        foreach (var batch in generator.Generate())
        {
            Assert.InRange(batch.Count, 1, 2_500);
            await store.WriteAsync(batch);
        }

        using var snapshot = store.OpenSnapshot();
        Assert.Equal((3_000, 12_000), (snapshot.NodeCount, snapshot.RelationshipCount));
        var degrees = snapshot.ScanAll().Select(n => snapshot.GetDegree(n, true, null) + snapshot.GetDegree(n, false, null)).ToArray();
        Assert.True(degrees.Max() > 20 * degrees.Average(), $"max degree {degrees.Max()}, mean {degrees.Average():0.0}: not a power law");
    }

    [Fact]
    public void The_same_options_give_the_same_graph_and_another_seed_another_one()
    {
        static string[] Ids(int seed) => new SyntheticGraphGenerator(Model, new SyntheticGraphOptions(500, 2_000, seed))
            .Generate().SelectMany(b => b.Operations).OfType<RelationshipWrite>().Select(r => r.Id).ToArray();

        Assert.Equal(Ids(1), Ids(1));
        Assert.NotEqual(Ids(1), Ids(2));
        Assert.Equal(2_000, Ids(1).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Asking_for_more_relationships_than_fit_fails_clearly()
    {
        var generator = new SyntheticGraphGenerator(Model, new SyntheticGraphOptions(Model.Labels.Count, 100_000));
        Assert.Throws<InvalidOperationException>(() => generator.Generate().ToList());
    }
}
