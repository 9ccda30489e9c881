using CoopGraph.Host.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Host.Tests.Ide;

/// <summary>Banana Cake Pop opened by a real browser at /graphql: it loads the schema and runs the example document on the seed.</summary>
public sealed class IdeInBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task The_ide_loads_the_schema_and_runs_an_example_operation()
    {
        await using var server = await LiveServer.StartAsync(kestrel: true);
        using var client = new HttpClient();
        await server.WaitUntilReadyAsync(client);

        var (exitCode, report) = await NodeTool.RunAsync("ide-check.mjs", server.GraphQLUrl);

        output.WriteLine(report);
        Assert.True(exitCode == 0, $"The IDE check failed (exit code {exitCode}):{Environment.NewLine}{report}");
    }
}
