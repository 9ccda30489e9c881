namespace CoopGraph.Seed;

public sealed class SeedImportOptions
{
    /// <summary>Writes per batch; each batch is one transaction of the store.</summary>
    public int BatchSize { get; init; } = 500;
}
