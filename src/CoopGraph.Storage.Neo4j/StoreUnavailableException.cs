namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// Neo4j cannot be used right now: it does not answer, answers with a server error, or refuses the
/// credentials. The API reports it as <see cref="Code"/>; the message says what to check.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public const string Code = "STORE_UNAVAILABLE";

    public StoreUnavailableException(string message, string? neo4jCode = null, Exception? inner = null)
        : base(message, inner)
    {
        Neo4jCode = neo4jCode;
    }

    /// <summary>Neo4j's status code when it gave one (e.g. <c>Neo.ClientError.Security.Unauthorized</c>).</summary>
    public string? Neo4jCode { get; }
}
