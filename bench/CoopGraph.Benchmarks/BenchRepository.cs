using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Seed;
using CoopGraph.Storage.Embedded;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopGraph.Benchmarks;

/// <summary>The repository the benchmarks run from: its root, its type definitions, its seed.</summary>
internal static class BenchRepository
{
    public static string Root { get; } = FindRoot();

    public static GraphModel LoadModel() =>
        ModelCompiler.CompileDirectory(Path.Combine(Root, "schema")).Model
            ?? throw new InvalidOperationException("The type definitions do not compile.");

    /// <summary>The model and an in-memory embedded store holding the seed.</summary>
    public static (GraphModel Model, EmbeddedGraphStore Store) OpenSeeded()
    {
        var model = LoadModel();
        var store = EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = ":memory:" }).GetAwaiter().GetResult();
        new SeedImporter(store, NullLogger<SeedImporter>.Instance).ImportFolderAsync(Path.Combine(Root, "seed")).GetAwaiter().GetResult();
        return (model, store);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
