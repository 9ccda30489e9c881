namespace CoopGraph.Host.Configuration;

public enum StoreKind
{
    /// <summary>The in-memory graph, durable in one SQLite file.</summary>
    Embedded,

    /// <summary>Neo4j 5.26 or later over its HTTP Query API; the server keeps no graph state and scales out.</summary>
    Neo4j,
}
