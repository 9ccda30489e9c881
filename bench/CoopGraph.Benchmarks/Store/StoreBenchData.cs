using CoopGraph.Graph.Schema.Model;
using CoopGraph.Seed.Synthetic;
using CoopGraph.Storage.Writes;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Benchmarks.Store;

/// <summary>The generated graph every store scenario uses, and the scenarios' shared arguments.</summary>
internal static class StoreBenchData
{
    public static GraphModel LoadModel() => BenchRepository.LoadModel();

    /// <summary>Reads <c>[nodes] [relationships] [folder]</c>; defaults 1M, 5M, /tmp/coopgraph-bench.</summary>
    public static (int Nodes, int Relationships, string Folder) Arguments(string[] args) =>
        (args.Length > 0 ? int.Parse(args[0]) : 1_000_000,
         args.Length > 1 ? int.Parse(args[1]) : 5_000_000,
         args.Length > 2 ? args[2] : "/tmp/coopgraph-bench");

    /// <summary>Generated batches, one at a time: holding 6M writes would make the whole run pay for their GC.</summary>
    public static IEnumerable<GraphBatch> Generate(GraphModel model, int nodes, int relationships) =>
        new SyntheticGraphGenerator(model, new SyntheticGraphOptions(nodes, relationships, Seed: 42, BatchSize: 100_000)).Generate();

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    /// <summary>A compact copy of the file at <paramref name="path"/>, replacing any there; returns the copy's path.</summary>
    public static string CopyDatabase(string source, string path)
    {
        DeleteDatabase(path);
        using var connection = new SqliteConnection($"Data Source={source};Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("VACUUM INTO $path", connection);
        command.Parameters.AddWithValue("$path", path);
        command.ExecuteNonQuery();
        return path;
    }

    public static string Rate(double count, TimeSpan elapsed) => $"{count / elapsed.TotalSeconds,12:N0}/s";
}
