using CoopGraph.Host.Hosting;

namespace CoopGraph.Host.Tests.Cli;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Seed_export_import_export_round_trips_byte_for_byte()
    {
        using var folder = new TemporaryFolder();
        var first = folder.Combine("first.db");
        var second = folder.Combine("second.db");

        var seeded = await Support.Cli.RunAsync("seed", "--data", first);
        var exported = await Support.Cli.RunAsync("export", folder.Combine("export-1"), "--data", first);
        var imported = await Support.Cli.RunAsync("import", folder.Combine("export-1"), "--data", second);
        var exportedAgain = await Support.Cli.RunAsync("export", folder.Combine("export-2"), "--data", second);

        Assert.True(seeded.ExitCode == 0, seeded.Error);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.True(imported.ExitCode == 0, imported.Error);
        Assert.True(exportedAgain.ExitCode == 0, exportedAgain.Error);
        Assert.Contains("Imported", imported.Output, StringComparison.Ordinal);
        var files = Directory.GetFiles(folder.Combine("export-1"), "*.jsonl", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("export-1"), f)).Order().ToArray();
        Assert.NotEmpty(files);
        Assert.Equal(files, Directory.GetFiles(folder.Combine("export-2"), "*.jsonl", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder.Combine("export-2"), f)).Order());
        foreach (var file in files)
        {
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder.Combine("export-1"), file)), await File.ReadAllBytesAsync(Path.Combine(folder.Combine("export-2"), file)));
        }

        // The export of the seeded store is the seed itself.
        var seed = StoreSeeding.FindSeedFolder(new())!;
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(seed, "nodes", "province.jsonl")), await File.ReadAllTextAsync(folder.Combine("export-1", "nodes", "province.jsonl")));
    }
}
