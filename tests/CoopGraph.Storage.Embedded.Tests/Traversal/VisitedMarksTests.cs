using CoopGraph.Storage.Embedded.Traversal;

namespace CoopGraph.Storage.Embedded.Tests.Traversal;

public sealed class VisitedMarksTests
{
    [Fact]
    public void Marks_a_node_once()
    {
        using var visited = VisitedMarks.Rent(10);
        Assert.False(visited.Contains(3));
        Assert.True(visited.Add(3));
        Assert.True(visited.Contains(3));
        Assert.False(visited.Add(3));
        Assert.False(visited.Contains(4));
    }

    [Fact]
    public void A_reused_set_starts_empty_across_stamp_wrap_around()
    {
        // More rentals than a byte has stamps, so the set is cleared and restarted on the way.
        for (var traversal = 0; traversal < 600; traversal++)
        {
            using var visited = VisitedMarks.Rent(10);
            for (var node = 0; node < 10; node++)
            {
                Assert.False(visited.Contains(node));
            }

            visited.Add(traversal % 10);
            visited.Add(9);
        }
    }

    [Fact]
    public void Grows_to_a_larger_store_and_sets_in_use_are_distinct()
    {
        using var small = VisitedMarks.Rent(4);
        small.Add(1);
        using var large = VisitedMarks.Rent(100_000);
        Assert.False(large.Contains(1));
        Assert.True(large.Add(99_999));
        Assert.True(small.Contains(1));
    }
}
