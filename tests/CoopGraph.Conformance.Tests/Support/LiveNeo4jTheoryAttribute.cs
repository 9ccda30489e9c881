using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Conformance.Tests.Support;

/// <summary>A theory that runs only against a real Neo4j named by <c>COOPGRAPH_NEO4J_URI</c>; skipped with that reason otherwise.</summary>
public sealed class LiveNeo4jTheoryAttribute : TheoryAttribute
{
    public const string Reason = "needs a live Neo4j (set COOPGRAPH_NEO4J_URI)";

    public LiveNeo4jTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jStoreOptions.UriVariable)))
        {
            Skip = Reason;
        }
    }
}
