namespace CoopGraph.Storage.Neo4j.Reading;

internal sealed partial class Neo4jPlanTranslator
{
    /// <summary>
    /// A map standing in for a traversal's value when the statement finds a limit exceeded that only the
    /// data can tell (Cypher cannot raise an error of its own); the writer refuses it with LIMIT_EXCEEDED.
    /// </summary>
    private string LimitExceeded(string message) => $"{{{Key(ResponseKeys.LimitExceeded)}: {Parameter(message)}}}";
}
