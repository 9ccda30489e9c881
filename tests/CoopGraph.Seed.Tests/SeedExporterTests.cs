namespace CoopGraph.Seed.Tests;

public sealed class SeedExporterTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Exporting_the_seeded_store_reproduces_the_seed_files_byte_for_byte()
    {
        await using var store = await SeedStores.OpenSeededAsync();

        var files = await SeedStores.Exporter(store).ExportAsync(_temp.Path);

        foreach (var folder in new[] { SeedLayout.NodesFolder, SeedLayout.RelationshipsFolder })
        {
            var expected = Directory.GetFiles(Path.Combine(RepositoryPaths.SeedDirectory, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            var actual = Directory.GetFiles(Path.Combine(_temp.Path, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
            Assert.Equal(expected, actual);
            foreach (var name in actual)
            {
                Assert.Equal(
                    await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.SeedDirectory, folder, name!)),
                    await File.ReadAllBytesAsync(Path.Combine(_temp.Path, folder, name!)));
            }
        }

        Assert.Contains(files, f => f.Name == "province" && f.Count == 6);
    }

    [Fact]
    public async Task Export_then_import_gives_the_same_graph()
    {
        await using var seeded = await SeedStores.OpenSeededAsync();
        await SeedStores.Exporter(seeded).ExportAsync(_temp.Path);
        await using var copy = await SeedStores.OpenEmptyAsync();

        var result = await SeedStores.Importer(copy).ImportFolderAsync(_temp.Path);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(await SeedImporterTests.ReadAllAsync(seeded), await SeedImporterTests.ReadAllAsync(copy));
    }

    [Fact]
    public async Task Export_replaces_files_of_labels_that_have_no_content_any_more()
    {
        var stale = _temp.Write("nodes/planet.jsonl", "{}");
        var kept = _temp.Write("README.md", "notes");
        await using var store = await SeedStores.OpenSeededAsync();

        await SeedStores.Exporter(store).ExportAsync(_temp.Path);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(kept));
        Assert.Empty(SeedValidator.ValidateFolder(DomainModel.Model, _temp.Path));
    }
}
