namespace CoopGraph.Storage.Neo4j.Tests.Live;

/// <summary>A fact that runs only against a real Neo4j, named by <c>COOPGRAPH_NEO4J_URI</c>; skipped with that reason otherwise.</summary>
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public const string Reason = "needs a live Neo4j (set COOPGRAPH_NEO4J_URI)";

    public LiveNeo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jStoreOptions.UriVariable)))
        {
            Skip = Reason;
        }
    }
}
