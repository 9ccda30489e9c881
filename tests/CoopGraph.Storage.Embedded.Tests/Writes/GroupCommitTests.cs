using CoopGraph.Storage.Writes;
using Microsoft.Data.Sqlite;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests.Writes;

/// <summary>Concurrent batches share commits, each is checked and refused on its own, and stamps survive restarts.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Concurrent_batches_are_each_acknowledged_with_their_own_version()
    {
        await using var store = await OpenSeededAsync(_file.Path);
        var before = store.Version;

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => store.WriteAsync(Batch(City("c" + i))))));

        Assert.All(results, r => Assert.Equal(1, r.NodesCreated));
        Assert.Equal(Enumerable.Range(1, 64).Select(i => before + i), results.Select(r => r.Version).Order());
        Assert.Equal(before + 64, store.Version);
        await using var reopened = await ReopenAsync(store);
        using var snapshot = reopened.OpenSnapshot();
        Assert.All(Enumerable.Range(0, 64), i => Assert.True(snapshot.TryFindNode("city:c" + i, out _)));
    }

    [Fact]
    public async Task A_refused_batch_leaves_the_others_of_its_group_alone()
    {
        await using var store = await OpenSeededAsync(_file.Path);

        var writes = Enumerable.Range(0, 32)
            .Select(i => Task.Run(() => i % 4 == 0
                ? store.WriteAsync(Batch(City("bad" + i), Road("bad" + i, "nowhere")))
                : store.WriteAsync(Batch(City("good" + i)))))
            .ToArray();
        await Task.WhenAll(writes.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));

        for (var i = 0; i < writes.Length; i++)
        {
            Assert.Equal(i % 4 != 0, writes[i].IsCompletedSuccessfully);
        }

        using var snapshot = store.OpenSnapshot();
        Assert.False(snapshot.TryFindNode("city:bad0", out _));
        Assert.True(snapshot.TryFindNode("city:good1", out _));
    }

    [Fact]
    public async Task Stamps_and_verified_quotes_read_back_the_same_after_a_restart()
    {
        FactStamp created, updated;
        await using (var store = await OpenSeededAsync(_file.Path))
        {
            await store.WriteAsync(new GraphBatch([City("stamped")]) { Actor = "editor-1" });
            await store.WriteAsync(new GraphBatch([new NodePatch("city:stamped", Properties(("population", 5L)), null) { ExpectedVersion = 1 }]) { Actor = "editor-2" });
            using var snapshot = store.OpenSnapshot();
            snapshot.TryFindNode("city:stamped", out var node);
            updated = snapshot.GetNodeStamp(node);
            snapshot.TryFindNode("city:hoi-an", out var seeded);
            created = snapshot.GetNodeStamp(seeded);
        }

        Assert.Equal((2L, "editor-1", "editor-2"), (updated.Version, updated.CreatedBy, updated.UpdatedBy));
        Assert.True(updated.UpdatedAt >= updated.CreatedAt);
        await using var reopened = await OpenAsync(_file.Path);
        using var reread = reopened.OpenSnapshot();
        reread.TryFindNode("city:stamped", out var again);
        reread.TryFindNode("city:hoi-an", out var seededAgain);
        Assert.Equal(updated, reread.GetNodeStamp(again));
        Assert.Equal(created, reread.GetNodeStamp(seededAgain));
    }

    [Fact]
    public async Task A_file_from_before_stamps_reads_as_seeded_and_gains_the_columns()
    {
        await using (var store = await OpenSeededAsync(_file.Path))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = string.Concat(new[] { "nodes", "relationships" }.SelectMany(table =>
                new[] { "version", "created_at", "created_by", "updated_at", "updated_by" }.Select(column => $"ALTER TABLE {table} DROP COLUMN {column};")))
                + "UPDATE meta SET value = 1 WHERE key = 'schema_version';";
            command.ExecuteNonQuery();
        }

        await using var migrated = await OpenAsync(_file.Path);
        using (var snapshot = migrated.OpenSnapshot())
        {
            snapshot.TryFindNode("city:hoi-an", out var node);
            Assert.Equal(FactStamp.Unrecorded, snapshot.GetNodeStamp(node));
        }

        var next = await migrated.WriteAsync(new GraphBatch([new NodePatch("city:hoi-an", Properties(("population", 1L)), null) { ExpectedVersion = 1 }]) { Actor = "editor-1" });
        Assert.Equal(1, next.NodesUpdated);
    }

    [Fact]
    public async Task A_retry_is_found_by_its_mark_until_the_mark_expires()
    {
        await using var store = await OpenSeededAsync(_file.Path);
        var hash = new byte[] { 1, 2, 3 };
        await store.WriteAsync(new GraphBatch([City("marked")]) { Idempotency = new IdempotencyMark("k", 0, hash) });

        var retry = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch([City("marked", population: 2)]) { Idempotency = new IdempotencyMark("k", 0, hash) }));
        Assert.Equal(IdempotencyCodes.AlreadyApplied, Assert.Single(retry.Errors).Code);
        var other = await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(new GraphBatch([City("marked", population: 3)]) { Idempotency = new IdempotencyMark("k", 0, [9]) }));
        Assert.Equal(IdempotencyCodes.KeyReused, Assert.Single(other.Errors).Code);

        // Past the retention window the key is new again, and its mark is written over the expired one.
        var later = new IdempotencyMark("k", 0, hash) { NotBefore = DateTimeOffset.UtcNow.AddHours(1) };
        var written = await store.WriteAsync(new GraphBatch([City("marked", population: 4)]) { Idempotency = later });
        Assert.Equal(1, written.NodesUpdated);
    }

    private async Task<EmbeddedGraphStore> ReopenAsync(EmbeddedGraphStore store)
    {
        await store.DisposeAsync();
        return await OpenAsync(_file.Path);
    }
}
