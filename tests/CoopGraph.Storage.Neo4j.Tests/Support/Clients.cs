using CoopGraph.Storage.Neo4j.Client;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

internal static class Clients
{
    public static Neo4jStoreOptions Options(Action<Neo4jStoreOptions>? configure = null)
    {
        var options = new Neo4jStoreOptions
        {
            Uri = new Uri("http://neo4j.test:7474"),
            User = "neo4j",
            Password = "secret-password",
            RetryJitter = false,
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jQueryClient Over(FakeNeo4jHandler handler, Neo4jStoreOptions? options = null, TimeProvider? time = null) =>
        new(new HttpClient(handler), options ?? Options(), time ?? new ManualTimeProvider(TimeSpan.FromSeconds(10)));
}
