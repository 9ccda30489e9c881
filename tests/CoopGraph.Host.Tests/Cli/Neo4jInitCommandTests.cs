using System.Net;
using System.Net.Sockets;

namespace CoopGraph.Host.Tests.Cli;

public sealed class Neo4jInitCommandTests
{
    [Fact]
    public async Task An_unreachable_neo4j_is_reported_as_store_unavailable_with_exit_code_2()
    {
        var closedPort = ClosedLoopbackPort();

        var (exitCode, _, error) = await Support.Cli.RunAsync("neo4j", "init", $"--CoopGraph:Neo4j:Uri=http://127.0.0.1:{closedPort}");

        Assert.Equal(2, exitCode);
        Assert.Contains("STORE_UNAVAILABLE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_connection_settings_are_named()
    {
        var (exitCode, _, error) = await Support.Cli.RunAsync("neo4j", "init", "--CoopGraph:Neo4j:Uri=");

        Assert.Equal(1, exitCode);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
