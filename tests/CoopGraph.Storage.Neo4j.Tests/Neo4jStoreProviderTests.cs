using System.Net;
using System.Net.Sockets;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Neo4j.Reading;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Storage.Neo4j.Tests;

public sealed class Neo4jStoreProviderTests
{
    [Fact]
    public void AddNeo4jStore_registers_the_neo4j_kind_with_the_sections_it_binds()
    {
        using var services = new ServiceCollection().AddNeo4jStore().AddNeo4jStore().BuildServiceProvider();
        var registry = services.GetRequiredService<StoreRegistry>();

        var provider = Assert.Single(registry.Providers);
        Assert.Equal(Neo4jGraphStore.StoreKind, provider.Kind);
        Assert.Equal(["CoopGraph:Neo4j", "CoopGraph:Traversal"], provider.Settings.Select(s => s.Section));
    }

    [Fact]
    public async Task Missing_connection_settings_are_each_named_before_any_connection()
    {
        var problem = await Assert.ThrowsAsync<StoreSettingsException>(() => OpenAsync(new Dictionary<string, string?> { ["CoopGraph:Neo4j:Database"] = "" }));

        Assert.Contains(problem.Problems, p => p.Contains("No Neo4j URL", StringComparison.Ordinal));
        Assert.Contains(problem.Problems, p => p.Contains("database name is empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task It_opens_on_the_configured_server_and_its_probe_reports_an_unreachable_one_without_throwing()
    {
        var uri = $"http://127.0.0.1:{ClosedLoopbackPort()}";
        await using var store = await OpenAsync(new Dictionary<string, string?> { ["CoopGraph:Neo4j:Uri"] = uri, ["CoopGraph:Neo4j:RetryCount"] = "0" });

        Assert.IsType<Neo4jGraphStore>(store);
        Assert.Equal($"{uri}/, database neo4j", store.Location);
        var health = await store.CheckHealthAsync();
        Assert.False(health.IsHealthy);
        Assert.False(string.IsNullOrWhiteSpace(health.Description));
    }

    [Fact]
    public async Task The_betweenness_bound_is_the_stores_own_and_reaches_the_statement()
    {
        await using var api = new ApiOverNeo4j(limits: new Neo4jTraversalLimits { CypherBetweennessMaxEntities = 7 });

        var request = await api.RequestOfAsync("""{ rank(algorithm: BETWEENNESS) { score } }""");

        var parameters = request.Json.GetProperty("parameters").EnumerateObject().Select(p => p.Value.GetProperty("_value").ToString()).ToArray();
        Assert.Contains("7", parameters);
        Assert.Contains(parameters, p => p.Contains("more than 7 (limit CypherBetweennessMaxEntities)", StringComparison.Ordinal));
    }

    private static Task<IGraphBackend> OpenAsync(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddNeo4jStore().BuildServiceProvider().GetRequiredService<StoreRegistry>()
            .OpenAsync("neo4j", new StoreOpening(TestModels.Small, new ConfigurationBuilder().AddInMemoryCollection(settings).Build()), CancellationToken.None);

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
