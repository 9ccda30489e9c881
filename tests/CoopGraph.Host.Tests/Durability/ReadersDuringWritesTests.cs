using CoopGraph.Host.Tests.Support;
using Xunit.Abstractions;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>
/// Readers while change sets stream in: one request is one snapshot, so a read that finds one person of a change set
/// finds all three and both relationships, and finds everything acknowledged before it was sent. A fixed amount of
/// work, not a duration: the readers read until the writers are done.
/// </summary>
public sealed class ReadersDuringWritesTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 6;
    private const int Readers = 3;
    private const int WritesPerClient = 60;

    /// <summary>Bounds only a server or client that hangs.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_read_sees_each_change_set_whole_or_not_at_all_and_every_acknowledged_write()
    {
        var (server, address) = await CoopGraphProcess.StartServerAsync(_folder.Combine("data", "coopgraph.db"), EditorEndpoint.ServerEnvironment);
        using (server)
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = Patience };
            var api = new EditorEndpoint(http);
            var writes = WriteLoad.Start(api, "readers", new Random(0), Clients, Readers, WritesPerClient, serverMayDie: false, CancellationToken.None);
            await writes.Completion.WaitAsync(Patience);
            output.WriteLine(writes.Summary);
            Assert.True(writes.ReaderProblems.Count == 0, "readers saw:\n" + string.Join("\n", writes.ReaderProblems));

            // Every write was answered, so the check leaves no room: exactly the acknowledged state.
            Assert.All(writes.Clients, c => Assert.False(c.Progress.UpdateInFlight));
            Assert.All(writes.Clients.SelectMany(c => c.ChangeSets), s => Assert.True(s.IsAcknowledged));
            var (problems, _) = await AcknowledgedWrites.CheckAsync(api, writes.Clients);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
