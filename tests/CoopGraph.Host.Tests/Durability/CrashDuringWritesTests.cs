using System.Globalization;
using CoopGraph.Host.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// SIGKILL while concurrent clients stream acknowledged mutations and change sets at the server (group commit): after
/// each restart every acknowledged write is there, each unanswered one is whole or absent, and versions add up. The kill
/// points come from a seeded Random whose seed the output prints (set COOPGRAPH_CRASH_SEED to replay them); where the
/// kill lands among the requests still varies from run to run, but every check holds wherever it lands.
/// </summary>
public sealed class CrashDuringWritesTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 6;
    private const int Clients = 6;
    private const int Readers = 2;

    /// <summary>Bounds only a server or client that hangs, so a broken build fails the run instead of stalling it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_and_no_change_set_is_left_half_written()
    {
        var seed = Environment.GetEnvironmentVariable("COOPGRAPH_CRASH_SEED") is { Length: > 0 } replay
            ? int.Parse(replay, CultureInfo.InvariantCulture)
            : Random.Shared.Next();
        output.WriteLine($"seed {seed} (replay the kill points with COOPGRAPH_CRASH_SEED={seed})");
        var random = new Random(seed);
        var dataPath = _folder.Combine("data", "coopgraph.db");
        var everyClient = new List<WriteClient>();
        var (server, address) = await CoopGraphProcess.StartServerAsync(dataPath, EditorEndpoint.ServerEnvironment);
        try
        {
            for (var round = 0; round < Rounds; round++)
            {
                var load = TimeSpan.FromMilliseconds(random.Next(1000, 3001));
                using (var http = new HttpClient { BaseAddress = address, Timeout = Patience })
                using (var stop = new CancellationTokenSource())
                {
                    var writes = WriteLoad.Start(new EditorEndpoint(http), $"crash-r{round}", random, Clients, Readers, writes: null, serverMayDie: true, stop.Token);
                    everyClient.AddRange(writes.Clients);
                    await writes.WaitUntilAllCreatedAsync(Patience);
                    await Task.Delay(load);
                    await server.KillAsync();
                    await stop.CancelAsync();
                    await writes.Completion.WaitAsync(Patience);
                    output.WriteLine($"round {round}: killed after {load.TotalMilliseconds:0} ms of load: {writes.Summary}");
                    Assert.True(writes.ReaderProblems.Count == 0, $"seed {seed}, round {round}, readers saw:\n{string.Join("\n", writes.ReaderProblems)}");
                }

                server.Dispose();
                (server, address) = await CoopGraphProcess.StartServerAsync(dataPath, EditorEndpoint.ServerEnvironment);
                using var check = new HttpClient { BaseAddress = address, Timeout = Patience };
                var (problems, summary) = await AcknowledgedWrites.CheckAsync(new EditorEndpoint(check), everyClient);
                output.WriteLine($"round {round}: after the restart {summary}");
                Assert.True(problems.Count == 0, $"seed {seed}, round {round}, after the restart:\n{string.Join("\n", problems)}");
            }
        }
        finally
        {
            server.Dispose();
        }
    }
}
