using CoopGraph.Host.Tests.Support;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>A data file that is empty or damaged stops the server and the tools with one line naming the file and the remedy.</summary>
public sealed class DamagedDataFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DataPath => _folder.Combine("data", "coopgraph.db");

    [Fact]
    public async Task A_zero_length_data_file_is_not_reseeded()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DataPath)!);
        await File.WriteAllBytesAsync(DataPath, []);

        using var server = CoopGraphProcess.Start("serve", "--data", DataPath, "--urls", "http://127.0.0.1:0");
        var exitCode = await server.WaitForExitAsync();
        var seed = await CoopGraphProcess.RunAsync("seed", "--data", DataPath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"The server stops: The data file {DataPath} is empty (0 bytes)", server.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, seed.ExitCode);
        Assert.Contains($"The data file {DataPath} is empty (0 bytes)", seed.Output, StringComparison.Ordinal);
        Assert.All([server.Output, seed.Output], output => Assert.DoesNotContain("   at ", output, StringComparison.Ordinal));
        Assert.Equal(0, new FileInfo(DataPath).Length);
    }

    [Fact]
    public async Task A_corrupt_row_names_the_node_the_file_and_the_remedy()
    {
        Assert.Equal(0, (await CoopGraphProcess.RunAsync("seed", "--data", DataPath)).ExitCode);
        using (var connection = new SqliteConnection($"Data Source={DataPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE nodes SET properties = '{\"name\": ' WHERE id = 'province:quang-nam'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var server = CoopGraphProcess.Start("serve", "--data", DataPath, "--urls", "http://127.0.0.1:0");
        var exitCode = await server.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"The data file {DataPath} cannot be read at node 'province:quang-nam'", server.Output, StringComparison.Ordinal);
        Assert.Contains("Restore the file from a backup", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", server.Output, StringComparison.Ordinal);
    }
}
