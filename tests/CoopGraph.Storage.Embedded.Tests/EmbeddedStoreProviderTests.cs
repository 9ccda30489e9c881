using CoopGraph.Storage.Backends;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Storage.Embedded.Tests;

public sealed class EmbeddedStoreProviderTests
{
    [Fact]
    public void AddEmbeddedStore_registers_the_embedded_kind_once()
    {
        using var services = new ServiceCollection().AddEmbeddedStore().AddEmbeddedStore().BuildServiceProvider();

        Assert.Equal([EmbeddedGraphStore.StoreKind], services.GetRequiredService<StoreRegistry>().Kinds);
    }

    [Fact]
    public async Task It_opens_the_configured_data_file_with_the_whole_contract()
    {
        using var file = new TempDataFile();
        var registry = Registry();

        await using var store = await registry.OpenAsync("embedded", Opening(file.Path), CancellationToken.None);

        Assert.IsType<EmbeddedGraphStore>(store);
        Assert.Equal(Path.GetFullPath(file.Path), store.Location);
        Assert.True(await store.IsEmptyAsync());
        Assert.Contains("no preparation", await store.InitializeAsync(), StringComparison.Ordinal);
        Assert.True((await store.CheckHealthAsync()).IsHealthy);
    }

    [Fact]
    public async Task A_read_only_opening_takes_no_lock_so_it_runs_beside_the_writer()
    {
        using var file = new TempDataFile();
        var registry = Registry();
        await using var writer = await registry.OpenAsync(EmbeddedGraphStore.StoreKind, Opening(file.Path), CancellationToken.None);

        await Assert.ThrowsAsync<DataFileException>(() => registry.OpenAsync(EmbeddedGraphStore.StoreKind, Opening(file.Path), CancellationToken.None));
        await using var reader = await registry.OpenAsync(EmbeddedGraphStore.StoreKind, Opening(file.Path, readOnly: true), CancellationToken.None);
        Assert.True(await reader.IsEmptyAsync());
    }

    [Fact]
    public async Task A_blank_data_path_is_a_settings_problem()
    {
        var problem = await Assert.ThrowsAsync<StoreSettingsException>(() => Registry().OpenAsync(EmbeddedGraphStore.StoreKind, Opening(" "), CancellationToken.None));

        Assert.Equal([$"{EmbeddedStoreProvider.DataPathKey} must name a file."], problem.Problems);
    }

    [Fact]
    public async Task A_closed_store_is_unhealthy()
    {
        using var file = new TempDataFile();
        var store = await Registry().OpenAsync(EmbeddedGraphStore.StoreKind, Opening(file.Path), CancellationToken.None);
        await store.DisposeAsync();

        Assert.False((await store.CheckHealthAsync()).IsHealthy);
    }

    private static StoreRegistry Registry() => new ServiceCollection().AddEmbeddedStore().BuildServiceProvider().GetRequiredService<StoreRegistry>();

    private static StoreOpening Opening(string dataPath, bool readOnly = false) =>
        new(TestGraph.Model, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [EmbeddedStoreProvider.DataPathKey] = dataPath }).Build(), readOnly);
}
