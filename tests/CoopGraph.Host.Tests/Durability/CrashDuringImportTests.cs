using CoopGraph.Host.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// SIGKILL while the server seeds or while <c>import</c> writes: after any kill the file holds all of the import or none
/// of it, and the next start serves the whole graph. Kill points spread over the process's life (the import's measured
/// in the same run); whichever point a kill lands on, the rule is the same, so no outcome depends on timing.
/// </summary>
public sealed class CrashDuringImportTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 5;

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_server_killed_while_seeding_leaves_all_or_nothing_and_the_next_start_serves_the_whole_seed()
    {
        // The kill points spread over how long a start that seeds takes on this machine, in this run.
        var started = TimeProvider.System.GetTimestamp();
        var (calibration, _) = await CoopGraphProcess.StartServerAsync(_folder.Combine("calibration", "coopgraph.db"));
        var duration = TimeProvider.System.GetElapsedTime(started);
        calibration.Dispose();

        for (var round = 0; round < Rounds; round++)
        {
            var dataPath = _folder.Combine($"seed-{round}", "coopgraph.db");
            using (var server = CoopGraphProcess.Start("serve", "--data", dataPath, "--urls", "http://127.0.0.1:0"))
            {
                await Task.Delay(duration * (round + 0.5) / Rounds);
                await server.KillAsync();
            }

            await AssertAllOrNothingAsync(dataPath, round);
            var (restarted, _) = await CoopGraphProcess.StartServerAsync(dataPath);
            using (restarted)
            {
                await restarted.KillAsync();
            }

            Assert.Equal(StoredGraph.Seed, await StoredGraph.CountAsync(dataPath));
        }
    }

    [Fact]
    public async Task An_import_killed_part_way_leaves_all_or_nothing()
    {
        const int places = 20_000;
        var file = WritePlaces(places);
        var seeded = _folder.Combine("seeded.db");
        Assert.Equal(0, (await CoopGraphProcess.RunAsync("seed", "--data", seeded)).ExitCode);

        // The kill points spread over how long the whole import takes on this machine, in this run.
        var calibration = _folder.Combine("calibration.db");
        File.Copy(seeded, calibration);
        var started = TimeProvider.System.GetTimestamp();
        var whole = await CoopGraphProcess.RunAsync("import", file, "--data", calibration);
        var duration = TimeProvider.System.GetElapsedTime(started);
        Assert.True(whole.ExitCode == 0, whole.Output);
        var all = (StoredGraph.Seed.Nodes + places, StoredGraph.Seed.Relationships + places);
        Assert.Equal(all, await StoredGraph.CountAsync(calibration));

        for (var round = 0; round < Rounds; round++)
        {
            var dataPath = _folder.Combine($"import-{round}.db");
            File.Copy(seeded, dataPath);
            using (var import = CoopGraphProcess.Start("import", file, "--data", dataPath))
            {
                await Task.Delay(duration * (round + 0.5) / Rounds);
                await import.KillAsync();
            }

            var stored = await StoredGraph.CountAsync(dataPath);
            output.WriteLine($"killed at {(round + 0.5) / Rounds:P0} of {duration.TotalMilliseconds:0} ms: {(stored == all ? "all" : "none")} of the import");
            Assert.True(stored == StoredGraph.Seed || stored == all, $"round {round}: the file holds {stored}; before the import {StoredGraph.Seed}, after it {all}");
        }
    }

    /// <summary>A seed file of many places, each in a province, cited from an article of the seed: an import long enough to be killed inside.</summary>
    private string WritePlaces(int count)
    {
        var file = _folder.Combine("places.jsonl");
        using var writer = new StreamWriter(file);
        const string source = """[{"source":"source:quang-nam-nagasaki-cooperation-promotion","quote":"Nagasaki"}]""";
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine($$"""{"id":"place:generated-{{i}}","label":"Place","properties":{"name":"Place {{i}}","kind":"CITY"},"sources":{{source}}}""");
        }

        for (var i = 0; i < count; i++)
        {
            writer.WriteLine($$"""{"type":"LOCATED_IN","start":"place:generated-{{i}}","end":"province:nagasaki","sources":{{source}}}""");
        }

        return file;
    }

    private async Task AssertAllOrNothingAsync(string dataPath, int round)
    {
        if (!File.Exists(dataPath))
        {
            output.WriteLine($"round {round}: killed before the data file was in place");
            return;
        }

        var stored = await StoredGraph.CountAsync(dataPath);
        output.WriteLine($"round {round}: {(stored == (0, 0) ? "none" : "all")} of the seed");
        Assert.True(stored == (0, 0) || stored == StoredGraph.Seed, $"round {round}: the file holds {stored} of the seed's {StoredGraph.Seed}");
    }
}
