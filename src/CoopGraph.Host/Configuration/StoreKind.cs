namespace CoopGraph.Host.Configuration;

public enum StoreKind
{
    /// <summary>The in-memory graph, durable in one SQLite file.</summary>
    Embedded,
}
