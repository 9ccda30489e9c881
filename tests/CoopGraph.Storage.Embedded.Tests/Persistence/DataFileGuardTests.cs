using Microsoft.Data.Sqlite;
using static CoopGraph.Tests.Shared.TestGraph;

namespace CoopGraph.Storage.Embedded.Tests.Persistence;

/// <summary>The data file is never shared by two writers, never silently reseeded when empty, and a damaged row names itself.</summary>
public sealed class DataFileGuardTests : IDisposable
{
    private readonly TempDataFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_second_writer_on_the_same_file_is_refused_at_once_naming_the_holder()
    {
        await using var first = await OpenSeededAsync(_file.Path);

        var error = await Assert.ThrowsAsync<DataFileException>(() => OpenAsync(_file.Path));

        Assert.Contains(_file.Path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"in use by process {Environment.ProcessId} (", error.Message, StringComparison.Ordinal);
        Assert.Contains("--data", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task The_file_is_free_again_once_its_store_is_disposed()
    {
        await using (await OpenSeededAsync(_file.Path))
        {
            Assert.True(File.Exists(_file.Path + ".lock.holder"));
        }

        Assert.False(File.Exists(_file.Path + ".lock.holder"));
        await using var again = await OpenAsync(_file.Path);
        Assert.False(await again.IsEmptyAsync());
    }

    [Fact]
    public async Task A_reader_opens_beside_the_writer_sees_what_it_committed_and_takes_no_writes()
    {
        await using var writer = await OpenSeededAsync(_file.Path);
        await writer.WriteAsync(Batch(City("vinh", "Vinh")));

        await using var reader = await EmbeddedGraphStore.OpenAsync(Model, new EmbeddedStoreOptions { DataPath = _file.Path, ReadOnly = true });

        Assert.Contains(await reader.ReadNodesAsync().ToListAsync(), n => n.Id == "city:vinh");
        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.WriteAsync(Batch(City("hue-2"))));
    }

    [Fact]
    public async Task A_reader_of_a_file_that_does_not_exist_is_told_so()
    {
        var error = await Assert.ThrowsAsync<DataFileException>(
            () => EmbeddedGraphStore.OpenAsync(Model, new EmbeddedStoreOptions { DataPath = _file.Path, ReadOnly = true }));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_file.Path));
    }

    [Fact]
    public async Task An_existing_zero_length_file_is_refused_rather_than_taken_for_a_new_graph()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        await File.WriteAllBytesAsync(_file.Path, []);

        var error = await Assert.ThrowsAsync<DataFileException>(() => OpenAsync(_file.Path));

        Assert.Contains($"{_file.Path} is empty (0 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Restore it from a backup, or delete it", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(_file.Path).Length);
    }

    [Fact]
    public async Task A_file_this_open_creates_is_a_new_empty_graph()
    {
        await using var store = await OpenAsync(_file.Path);

        Assert.True(await store.IsEmptyAsync());
        Assert.True(new FileInfo(_file.Path).Length > 0 || new FileInfo(_file.Path + "-wal").Length > 0);
    }

    [Theory]
    [InlineData("UPDATE nodes SET properties = '{\"name\": \"Hội' WHERE id = 'city:hoi-an'", "node 'city:hoi-an' (nodes row, slot")]
    [InlineData("UPDATE nodes SET sources = 999 WHERE id = 'city:da-nang'", "node 'city:da-nang' (nodes row, slot")]
    [InlineData("UPDATE relationships SET properties = 'not json' WHERE slot = 0", "the relationship in slot 0 (relationships row)")]
    [InlineData("UPDATE source_lists SET json = '[{' WHERE id = (SELECT MIN(id) FROM source_lists)", "source list")]
    public async Task A_damaged_row_stops_the_load_with_one_line_naming_the_file_the_row_and_the_remedy(string damage, string row)
    {
        await using (await OpenSeededAsync(_file.Path))
        {
        }

        using (var connection = new SqliteConnection($"Data Source={_file.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = damage;
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var error = await Assert.ThrowsAsync<DataFileException>(() => OpenAsync(_file.Path));

        Assert.StartsWith($"The data file {_file.Path} cannot be read at ", error.Message, StringComparison.Ordinal);
        Assert.Contains(row, error.Message, StringComparison.Ordinal);
        Assert.Contains("Restore the file from a backup", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
