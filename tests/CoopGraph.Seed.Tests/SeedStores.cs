using CoopGraph.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopGraph.Seed.Tests;

/// <summary>In-memory embedded stores, and the repository's seed imported into one.</summary>
internal static class SeedStores
{
    public static Task<EmbeddedGraphStore> OpenEmptyAsync() =>
        EmbeddedGraphStore.OpenAsync(DomainModel.Model, new EmbeddedStoreOptions { DataPath = ":memory:" });

    public static SeedImporter Importer(EmbeddedGraphStore store) => new(store, NullLogger<SeedImporter>.Instance);

    public static SeedExporter Exporter(EmbeddedGraphStore store) => new(store, NullLogger<SeedExporter>.Instance);

    public static async Task<EmbeddedGraphStore> OpenSeededAsync()
    {
        var store = await OpenEmptyAsync();
        var result = await Importer(store).ImportFolderAsync(RepositoryPaths.SeedDirectory);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        return store;
    }
}
