using CoopGraph.Host.Tests.Support;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>Two processes on one data file: the second writer is refused at once, naming the holder, and nothing is lost.</summary>
public sealed class OneWriterPerFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DataPath => _folder.Combine("data", "coopgraph.db");

    [Fact]
    public async Task An_import_beside_a_running_server_is_refused_naming_the_server_and_succeeds_once_it_stops()
    {
        var extra = WriteExtraNode("a");
        var (server, _) = await CoopGraphProcess.StartServerAsync(DataPath);
        using (server)
        {
            var (exitCode, output) = await CoopGraphProcess.RunAsync("import", extra, "--data", DataPath);

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"is in use by process {server.Id} (coopgraph serve --data {DataPath}", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            await server.KillAsync();
        }

        var again = await CoopGraphProcess.RunAsync("import", extra, "--data", DataPath);

        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Equal(StoredGraph.Seed.Nodes + 1, (await StoredGraph.CountAsync(DataPath)).Nodes);
    }

    [Fact]
    public async Task A_second_server_on_the_same_file_stops_with_one_line_while_the_first_keeps_serving()
    {
        var (first, address) = await CoopGraphProcess.StartServerAsync(DataPath);
        using (first)
        {
            using var second = CoopGraphProcess.Start("serve", "--data", DataPath, "--urls", "http://127.0.0.1:0");
            var exitCode = await second.WaitForExitAsync();

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"The server stops: The data file {DataPath} is in use by process {first.Id}", second.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", second.Output, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = address };
            Assert.True((await client.GetAsync("/readyz")).IsSuccessStatusCode);
        }
    }

    [Fact]
    public async Task Export_reads_beside_a_running_server()
    {
        var (server, _) = await CoopGraphProcess.StartServerAsync(DataPath);
        using (server)
        {
            var (exitCode, output) = await CoopGraphProcess.RunAsync("export", _folder.Combine("out"), "--data", DataPath);

            Assert.True(exitCode == 0, output);
            Assert.Contains($"Exported {StoredGraph.Seed.Nodes + StoredGraph.Seed.Relationships} lines", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Two_imports_at_once_never_both_report_success_for_a_write_that_is_lost()
    {
        Assert.Equal(0, (await CoopGraphProcess.RunAsync("seed", "--data", DataPath)).ExitCode);
        for (var round = 0; round < 3; round++)
        {
            var files = new[] { WriteExtraNode($"{round}-a"), WriteExtraNode($"{round}-b") };
            var before = (await StoredGraph.CountAsync(DataPath)).Nodes;

            var runs = await Task.WhenAll(files.Select(f => CoopGraphProcess.RunAsync("import", f, "--data", DataPath)));

            var succeeded = runs.Count(r => r.ExitCode == 0);
            Assert.All(runs.Where(r => r.ExitCode != 0), r => Assert.Contains($"The data file {DataPath} is in use by ", r.Output, StringComparison.Ordinal));
            Assert.True(succeeded >= 1, string.Join("\n", runs.Select(r => r.Output)));
            Assert.Equal(before + succeeded, (await StoredGraph.CountAsync(DataPath)).Nodes);
        }
    }

    /// <summary>A seed file adding one place, cited from an article of the seed.</summary>
    private string WriteExtraNode(string key)
    {
        var file = _folder.Combine($"extra-{key}.jsonl");
        File.WriteAllText(file, $$"""
            {"id":"place:extra-{{key}}","label":"Place","properties":{"name":"Extra {{key}}","kind":"CITY"},"sources":[{"source":"source:quang-nam-nagasaki-cooperation-promotion","quote":"Nagasaki"}]}
            """ + "\n");
        return file;
    }
}
