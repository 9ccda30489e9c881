using System.Collections.Concurrent;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Time that never sleeps: a timer due within <see cref="FireUpTo"/> fires at once, a later one never.
/// Records every due time, so tests read the backoff delays without waiting for them.
/// </summary>
internal sealed class ManualTimeProvider(TimeSpan fireUpTo) : TimeProvider
{
    public TimeSpan FireUpTo { get; } = fireUpTo;

    public ConcurrentQueue<TimeSpan> DueTimes { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        DueTimes.Enqueue(dueTime);
        if (dueTime != Timeout.InfiniteTimeSpan && dueTime <= FireUpTo)
        {
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new InertTimer();
    }

    private sealed class InertTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
