using CoopGraph.Host.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Host.Tests.Ide;

/// <summary>
/// Banana Cake Pop opened by a real browser at /graphql as a first-time visitor: no failed request or console error
/// (the service worker included), no "now Nitro" banner, "Create Document" on its start page opens the example
/// document, the schema loads, and the document's first operation runs on the seed.
/// </summary>
public sealed class IdeInBrowserTests(ITestOutputHelper output)
{
    [ChromiumFact]
    public async Task The_ide_opens_the_example_document_loads_the_schema_and_runs_an_operation_without_errors()
    {
        // The example document's first operation line: the script looks for it in the editor.
        var example = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Ide", "example.graphql"));
        var firstOperation = example.First(line => line.StartsWith("query ", StringComparison.Ordinal)).TrimEnd(' ', '{');
        await using var server = await LiveServer.StartAsync(kestrel: true);
        using var client = new HttpClient();
        await server.WaitUntilReadyAsync(client);

        var (exitCode, report) = await NodeTool.RunAsync("ide-check.mjs", server.GraphQLUrl, firstOperation);

        output.WriteLine(report);
        Assert.True(exitCode == 0, $"The IDE check failed (exit code {exitCode}):{Environment.NewLine}{report}");
    }
}
