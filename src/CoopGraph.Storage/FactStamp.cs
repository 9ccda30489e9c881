namespace CoopGraph.Storage;

/// <summary>
/// Who made a fact and who last changed it, and the fact's own version: 1 when created, one more with every write
/// that changes it. Optimistic concurrency compares <see cref="Version"/> (a client's <c>expectedVersion</c>).
/// </summary>
public sealed record FactStamp(long Version, DateTimeOffset? CreatedAt, string? CreatedBy, DateTimeOffset? UpdatedAt, string? UpdatedBy)
{
    /// <summary>The actor of the seed import, and of every fact stored before facts carried stamps.</summary>
    public const string SeedActor = "seed";

    /// <summary>The stamp of a fact stored before stamps existed: it came from the seed or an import, at a time not kept.</summary>
    public static FactStamp Unrecorded { get; } = new(1, null, SeedActor, null, SeedActor);

    public static FactStamp Created(DateTimeOffset at, string actor) => new(1, at, actor, at, actor);

    public FactStamp Changed(DateTimeOffset at, string actor) => this with { Version = Version + 1, UpdatedAt = at, UpdatedBy = actor };
}
