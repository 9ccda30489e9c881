
namespace CoopGraph.Host.Tests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generated_graph_is_written_and_exports_with_the_asked_sizes()
    {
        using var folder = new TemporaryFolder();
        var data = folder.Combine("synthetic.db");

        var generated = await Support.Cli.RunAsync("generate", "--nodes", "300", "--relationships", "500", "--seed", "7", "--data", data);
        var exported = await Support.Cli.RunAsync("export", folder.Combine("out"), "--data", data);

        Assert.True(generated.ExitCode == 0, generated.Error);
        Assert.Contains("Wrote", generated.Output, StringComparison.Ordinal);
        Assert.True(exported.ExitCode == 0, exported.Error);
        var nodeLines = Directory.GetFiles(folder.Combine("out", "nodes")).Sum(f => File.ReadLines(f).Count());
        var relationshipLines = Directory.GetFiles(folder.Combine("out", "relationships")).Sum(f => File.ReadLines(f).Count());
        Assert.InRange(nodeLines, 300, 301);
        Assert.InRange(relationshipLines, 1, 500);
    }

    [Fact]
    public async Task Missing_sizes_exit_non_zero()
    {
        var (exitCode, _, _) = await Support.Cli.RunAsync("generate", "--nodes", "10");

        Assert.NotEqual(0, exitCode);
    }
}
