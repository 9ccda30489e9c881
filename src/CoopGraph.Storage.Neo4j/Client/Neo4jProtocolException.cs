namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>Neo4j's answer was not in the Query API's documented shape (wrong server, proxy page, version mismatch).</summary>
public sealed class Neo4jProtocolException : Exception
{
    public Neo4jProtocolException(string message)
        : base(message)
    {
    }

    public Neo4jProtocolException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
