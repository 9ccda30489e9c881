using CoopGraph.Host.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Host.Tests.Audit;

/// <summary>
/// The graphql-http server audit (graphql-http 1.23.1, GraphQL over HTTP) against the real server on Kestrel:
/// every MUST passes. Needs Node.js and the packages of Audit/package-lock.json, which the build installs.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_MUST_audit_passes_against_the_running_server()
    {
        await using var server = await LiveServer.StartAsync(kestrel: true);
        using var client = new HttpClient();
        await server.WaitUntilReadyAsync(client);

        var (exitCode, report) = await NodeTool.RunAsync("audit.mjs", server.GraphQLUrl);

        output.WriteLine(report);
        Assert.True(exitCode == 0, $"The graphql-http audit failed (exit code {exitCode}):{Environment.NewLine}{report}");
        Assert.Contains("0 error (MUST)", report, StringComparison.Ordinal);
    }
}
