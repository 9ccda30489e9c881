namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>A result had more rows than <see cref="Neo4jStoreOptions.MaxRows"/> allows; no partial result is returned.</summary>
public sealed class Neo4jRowLimitException : Exception
{
    public Neo4jRowLimitException(int limit)
        : base($"The Neo4j result has more than {limit} rows, the configured limit (CoopGraph:Neo4j:MaxRows).")
    {
        Limit = limit;
    }

    public int Limit { get; }
}
