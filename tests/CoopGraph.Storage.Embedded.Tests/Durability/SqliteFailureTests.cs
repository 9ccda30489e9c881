using Microsoft.Data.Sqlite;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests.Durability;

/// <summary>
/// A batch that passes every check can still fail in SQLite (a full disk, an I/O error).
/// A trigger that aborts one insert stands in for that failure, half-way through the transaction.
/// </summary>
public sealed class SqliteFailureTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_batch_that_fails_in_sqlite_keeps_nothing_in_memory_or_on_disk()
    {
        await using (var store = await OpenSeededAsync(_file.Path))
        {
            var before = await store.ReadNodesAsync().ToListAsync();
            var version = store.Version;
            FailInsertsOfDoomedCity();

            var failure = await Record.ExceptionAsync(() => store.WriteAsync(Batch(City("early"), City("doomed"), City("late"), Road("early", "late"))));

            Assert.NotNull(failure);
            Assert.Equal(version, store.Version);
            Assert.Equal(before.Select(n => n.Id), (await store.ReadNodesAsync().ToListAsync()).Select(n => n.Id));
            using var snapshot = store.OpenSnapshot();
            Assert.False(snapshot.TryFindNode("city:early", out var early) && snapshot.IsVisible(early));

            // Its group may be applied in memory, so the store stops taking writes (and says so) rather than risk
            // publishing it; reads go on at the last durable version.
            var refused = await Record.ExceptionAsync(() => store.WriteAsync(Batch(City("refused"))));
            Assert.Contains("restart", refused!.Message, StringComparison.Ordinal);
            Assert.False((await store.CheckHealthAsync()).IsHealthy);
            Assert.Equal(before.Count, (await store.ReadNodesAsync().ToListAsync()).Count);
        }

        await using var reopened = await OpenAsync(_file.Path);
        var next = await reopened.WriteAsync(Batch(City("after")));
        Assert.Equal(1, next.NodesCreated);
        using var reread = reopened.OpenSnapshot();
        Assert.False(reread.TryFindNode("city:early", out var node) && reread.IsVisible(node));
        Assert.True(reread.TryFindNode("city:after", out var after) && reread.IsVisible(after));
    }

    private void FailInsertsOfDoomedCity()
    {
        using var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TRIGGER fail_one BEFORE INSERT ON nodes WHEN NEW.id = 'city:doomed' BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;";
        command.ExecuteNonQuery();
    }
}
