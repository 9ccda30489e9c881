using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded.Tests.Memory;

public sealed class AdjacencyTests
{
    [Fact]
    public void Merging_adds_and_removes_into_the_same_layout_a_fresh_build_gives()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var all = Enumerable.Range(0, random.Next(0, 40))
                .Select(i => new TypedEntry(random.Next(0, 4), random.Next(0, 1000), i))
                .DistinctBy(e => e.Key)
                .ToArray();
            var stored = all.Where(_ => random.Next(2) == 0).OrderBy(e => e.Key).ToArray();
            var added = all.Except(stored).OrderBy(e => e.Key).ToArray();
            var removed = stored.Where(_ => random.Next(4) == 0).Select(e => e.Relationship).ToHashSet();
            var expected = all.Where(e => !removed.Contains(e.Relationship)).OrderBy(e => e.Key).ToArray();

            var merged = Adjacency.Merge(Adjacency.Build(stored), added, removed.Count == 0 ? null : removed);

            Assert.Equal(Adjacency.Build(expected), merged);
        }
    }

    [Fact]
    public void Removing_every_entry_leaves_the_empty_layout()
    {
        var stored = Adjacency.Build([new TypedEntry(1, 5, 10), new TypedEntry(2, 3, 11)]);
        Assert.Same(Adjacency.Empty, Adjacency.Merge(stored, [], [10, 11]));
    }
}
