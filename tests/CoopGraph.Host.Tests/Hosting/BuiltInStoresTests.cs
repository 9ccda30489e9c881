using CoopGraph.Graph.Schema.Model;
using CoopGraph.Host.Configuration;
using CoopGraph.Host.Hosting;
using CoopGraph.Host.Tests.Support;
using CoopGraph.Storage.Backends;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Host.Tests.Hosting;

public sealed class BuiltInStoresTests
{
    private static readonly GraphModel Model = GraphModelLoader.Load(new CoopGraphOptions { SchemaPath = Path.Combine(RepositoryPaths.Root, "schema") });

    [Fact]
    public void The_host_carries_the_embedded_and_the_neo4j_store()
    {
        Assert.Equal([EmbeddedGraphStore.StoreKind, Neo4jGraphStore.StoreKind], BuiltInStores.Registry.Kinds);
    }

    [Fact]
    public void The_server_registers_the_same_stores_as_the_tools()
    {
        using var services = new ServiceCollection().AddBuiltInStores().BuildServiceProvider();

        Assert.Equal(BuiltInStores.Registry.Kinds, services.GetRequiredService<StoreRegistry>().Kinds);
    }

    [Fact]
    public void An_unknown_kind_names_the_known_ones()
    {
        var problem = Assert.Throws<UnknownStoreKindException>(() => BuiltInStores.Registry.Find("Mongo"));

        Assert.Equal("The store kind 'Mongo' is not known (CoopGraph:Store); the known kinds are Embedded, Neo4j.", problem.Message);
    }

    [Fact]
    public void A_kind_is_matched_without_regard_to_case_as_the_enum_it_replaces_was()
    {
        Assert.Equal(Neo4jGraphStore.StoreKind, BuiltInStores.Registry.Find("neo4j").Kind);
    }

    [Fact]
    public void Two_stores_of_one_kind_are_refused()
    {
        var embedded = BuiltInStores.Registry.Find(EmbeddedGraphStore.StoreKind);

        Assert.Throws<InvalidOperationException>(() => new StoreRegistry([embedded, new FakeStoreProvider(EmbeddedGraphStore.StoreKind)]));
    }

    [Fact]
    public async Task The_host_opens_and_initialises_the_embedded_store_from_its_settings()
    {
        using var folder = new TemporaryFolder();
        var dataPath = folder.Combine("graph.db");

        await using var store = await BuiltInStores.Registry.OpenAsync("Embedded", Model, Configuration(("CoopGraph:DataPath", dataPath)), CancellationToken.None);

        Assert.IsType<EmbeddedGraphStore>(store);
        Assert.Equal(dataPath, store.Location);
        Assert.True(File.Exists(dataPath));
    }

    [Fact]
    public async Task The_host_opens_the_neo4j_store_from_its_settings_and_an_unreachable_server_is_store_unavailable()
    {
        var configuration = Configuration(("CoopGraph:Neo4j:Uri", "http://127.0.0.1:9"), ("CoopGraph:Neo4j:RetryCount", "0"));

        // Opening initialises, so the model's constraints are the first statements sent.
        await Assert.ThrowsAsync<StoreUnavailableException>(() => BuiltInStores.Registry.OpenAsync("Neo4j", Model, configuration, CancellationToken.None));
    }

    [Fact]
    public async Task Each_store_passes_its_settings_problems_up_as_user_facing()
    {
        var problem = await Assert.ThrowsAsync<StoreSettingsException>(() => BuiltInStores.Registry.OpenAsync("Neo4j", Model, Configuration(), CancellationToken.None));

        Assert.Equal(CoopGraph.Host.Cli.ExitCodes.InvalidInput, UserFacing.ExitCode(problem));
        Assert.Equal(CoopGraph.Host.Cli.ExitCodes.InvalidInput, UserFacing.ExitCode(new UnknownStoreKindException("Mongo", ["Embedded"])));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();
}
