using CoopGraph.Graph.Schema.Model;
using CoopGraph.Seed;
using CoopGraph.Storage.Embedded;

namespace CoopGraph.Host.Tests.Durability;

/// <summary>What a data file holds, read as the next start would read it (after SQLite's recovery), and what the seed holds.</summary>
internal static class StoredGraph
{
    public static GraphModel Model => DomainModel.Model;

    public static string SeedFolder => RepositoryPaths.SeedDirectory;

    public static (int Nodes, int Relationships) Seed { get; } = CountSeed();

    public static async Task<(int Nodes, int Relationships)> CountAsync(string dataPath)
    {
        await using var store = await EmbeddedGraphStore.OpenAsync(Model, new EmbeddedStoreOptions { DataPath = dataPath, ReadOnly = true });
        var nodes = 0;
        await foreach (var _ in store.ReadNodesAsync())
        {
            nodes++;
        }

        var relationships = 0;
        await foreach (var _ in store.ReadRelationshipsAsync())
        {
            relationships++;
        }

        return (nodes, relationships);
    }

    private static (int, int) CountSeed()
    {
        var content = SeedReader.ReadFolder(Model, SeedFolder);
        return (content.Nodes.Count, content.Relationships.Count);
    }
}
