namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>A clock that always reads <see cref="Now"/>, so the stamps in snapshots never change.</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    /// <summary>With a fraction of a millisecond, which the store drops: it keeps whole milliseconds.</summary>
    public static readonly DateTimeOffset Now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero).AddTicks(9);

    public static readonly DateTimeOffset NowInMilliseconds = new(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
