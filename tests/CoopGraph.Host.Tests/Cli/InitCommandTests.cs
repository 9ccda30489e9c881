
namespace CoopGraph.Host.Tests.Cli;

public sealed class InitCommandTests
{
    [Fact]
    public async Task On_the_embedded_store_there_is_nothing_to_prepare()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, output, error) = await Support.Cli.RunAsync("init", "--data", folder.Combine("graph.db"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("The embedded store needs no preparation", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_neo4j_without_a_server_address_the_problem_is_named()
    {
        var (exitCode, _, error) = await Support.Cli.RunAsync("init", "--CoopGraph:Store=Neo4j", "--CoopGraph:Neo4j:Uri=");

        Assert.Equal(1, exitCode);
        Assert.Contains("No Neo4j URL", error, StringComparison.Ordinal);
    }
}
