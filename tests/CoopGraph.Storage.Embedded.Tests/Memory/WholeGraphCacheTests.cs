using CoopGraph.Storage.Embedded.Memory;

namespace CoopGraph.Storage.Embedded.Tests.Memory;

public sealed class WholeGraphCacheTests
{
    [Fact]
    public void A_repeat_of_one_version_and_key_is_the_kept_result()
    {
        var cache = new WholeGraphCache();
        var computed = 0;
        var first = cache.GetOrCompute(1, "pagerank", 4, () => new Result(++computed), CancellationToken.None);
        var again = cache.GetOrCompute(1, "pagerank", 4, () => new Result(++computed), CancellationToken.None);
        Assert.Same(first, again);
        Assert.Equal(1, computed);
        Assert.True(cache.Holds(1, "pagerank"));
        Assert.False(cache.Holds(1, "betweenness"));
    }

    [Fact]
    public void A_newer_version_drops_what_the_older_one_kept()
    {
        var cache = new WholeGraphCache();
        var old = cache.GetOrCompute(1, "pagerank", 4, () => new Result(1), CancellationToken.None);
        var current = cache.GetOrCompute(2, "pagerank", 4, () => new Result(2), CancellationToken.None);
        Assert.NotSame(old, current);
        Assert.False(cache.Holds(1, "pagerank"));
        Assert.True(cache.Holds(2, "pagerank"));
    }

    [Fact]
    public void An_older_snapshot_computes_for_itself_and_keeps_nothing()
    {
        var cache = new WholeGraphCache();
        cache.GetOrCompute(2, "pagerank", 4, () => new Result(2), CancellationToken.None);
        var old = cache.GetOrCompute(1, "pagerank", 4, () => new Result(1), CancellationToken.None);
        Assert.Equal(1, old.Value);
        Assert.False(cache.Holds(1, "pagerank"));
        Assert.Equal(2, cache.GetOrCompute(2, "pagerank", 4, () => new Result(3), CancellationToken.None).Value);
    }

    [Fact]
    public void Past_the_capacity_the_least_recently_used_is_dropped()
    {
        var cache = new WholeGraphCache();
        cache.GetOrCompute(1, "a", 2, () => new Result(1), CancellationToken.None);
        cache.GetOrCompute(1, "b", 2, () => new Result(2), CancellationToken.None);
        cache.GetOrCompute(1, "a", 2, () => new Result(0), CancellationToken.None);
        cache.GetOrCompute(1, "c", 2, () => new Result(3), CancellationToken.None);
        Assert.True(cache.Holds(1, "a"));
        Assert.False(cache.Holds(1, "b"));
        Assert.True(cache.Holds(1, "c"));
    }

    [Fact]
    public void With_no_capacity_every_request_computes()
    {
        var cache = new WholeGraphCache();
        var computed = 0;
        cache.GetOrCompute(1, "pagerank", 0, () => new Result(++computed), CancellationToken.None);
        cache.GetOrCompute(1, "pagerank", 0, () => new Result(++computed), CancellationToken.None);
        Assert.Equal(2, computed);
        Assert.False(cache.Holds(1, "pagerank"));
    }

    [Fact]
    public async Task Identical_requests_that_arrive_together_compute_once()
    {
        var cache = new WholeGraphCache();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        var computed = 0;
        Result Slow()
        {
            Interlocked.Increment(ref computed);
            entered.SetResult();
            release.Wait();
            return new Result(1);
        }

        var first = Task.Run(() => cache.GetOrCompute(1, "betweenness", 4, Slow, CancellationToken.None));
        await entered.Task;

        // The first has claimed the entry before computing, so this one can only wait for it.
        var second = Task.Run(() => cache.GetOrCompute(1, "betweenness", 4, Slow, CancellationToken.None));
        Assert.False(cache.Holds(1, "betweenness"));
        release.Set();
        Assert.Same(await first, await second);
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task When_the_request_computing_is_cancelled_a_waiter_computes_in_its_place()
    {
        var cache = new WholeGraphCache();
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var release = new ManualResetEventSlim();
        using var cancelled = new CancellationTokenSource();
        Result Cancelled()
        {
            entered.SetResult();
            release.Wait();
            cancelled.Token.ThrowIfCancellationRequested();
            return new Result(0);
        }

        var first = Task.Run(() => cache.GetOrCompute(1, "pagerank", 4, Cancelled, cancelled.Token));
        await entered.Task;
        var second = Task.Run(() => cache.GetOrCompute(1, "pagerank", 4, () => new Result(2), CancellationToken.None));
        await cancelled.CancelAsync();
        release.Set();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(2, (await second).Value);
        Assert.True(cache.Holds(1, "pagerank"));
    }

    [Fact]
    public void A_failed_computation_is_not_kept()
    {
        var cache = new WholeGraphCache();
        Assert.Throws<InvalidOperationException>(() => cache.GetOrCompute<Result>(1, "pagerank", 4, () => throw new InvalidOperationException("too large"), CancellationToken.None));
        Assert.False(cache.Holds(1, "pagerank"));
        Assert.Equal(5, cache.GetOrCompute(1, "pagerank", 4, () => new Result(5), CancellationToken.None).Value);
    }

    private sealed record Result(int Value);
}
