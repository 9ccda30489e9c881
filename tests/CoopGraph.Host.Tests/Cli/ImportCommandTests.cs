
namespace CoopGraph.Host.Tests.Cli;

public sealed class ImportCommandTests
{
    [Fact]
    public async Task Importing_twice_changes_nothing_the_second_time()
    {
        using var folder = new TemporaryFolder();
        var data = folder.Combine("store.db");

        var first = await Support.Cli.RunAsync("seed", "--data", data);
        var again = await Support.Cli.RunAsync("seed", "--data", data);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains("the store already held all of it", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file_exits_1()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, _, error) = await Support.Cli.RunAsync("import", folder.Combine("nope.jsonl"), "--data", folder.Combine("store.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_file_exits_1_and_writes_nothing()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Combine("dangling.jsonl");
        await File.WriteAllTextAsync(file, """{"type":"IN_COUNTRY","start":"province:nowhere","end":"country:nowhere"}""" + "\n");
        var data = folder.Combine("store.db");

        var (exitCode, _, error) = await Support.Cli.RunAsync("import", file, "--data", data);
        var export = await Support.Cli.RunAsync("export", folder.Combine("out"), "--data", data);

        Assert.Equal(1, exitCode);
        Assert.Contains("dangling.jsonl:1:", error, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("Exported 0 lines", export.Output, StringComparison.Ordinal);
    }
}
