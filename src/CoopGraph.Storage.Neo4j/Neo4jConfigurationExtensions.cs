using Microsoft.Extensions.Configuration;

namespace CoopGraph.Storage.Neo4j;

public static class Neo4jConfigurationExtensions
{
    /// <summary>
    /// Binds <see cref="Neo4jStoreOptions.SectionName"/> and lets the <c>COOPGRAPH_NEO4J_*</c>
    /// environment variables override it, so a container needs nothing but those variables.
    /// </summary>
    public static Neo4jStoreOptions GetNeo4jStoreOptions(this IConfiguration configuration) =>
        configuration.GetNeo4jStoreOptions(Environment.GetEnvironmentVariable);

    internal static Neo4jStoreOptions GetNeo4jStoreOptions(this IConfiguration configuration, Func<string, string?> readEnvironment)
    {
        var options = new Neo4jStoreOptions();
        configuration.GetSection(Neo4jStoreOptions.SectionName).Bind(options);
        options.ApplyEnvironment(readEnvironment);
        return options;
    }
}
