namespace CoopGraph.Seed.Tests;

public sealed class SeedFolderTests
{
    [Fact]
    public void The_seed_is_copied_beside_the_executable_and_found_there_first()
    {
        var found = SeedFolder.FindDefault(Path.GetTempPath());

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, SeedFolder.Name), found);
        Assert.Equal(
            Directory.GetFiles(Path.Combine(RepositoryPaths.SeedDirectory, SeedLayout.NodesFolder)).Length,
            Directory.GetFiles(Path.Combine(found!, SeedLayout.NodesFolder)).Length);
    }

    [Fact]
    public void A_folder_without_nodes_is_not_a_seed()
    {
        Assert.False(SeedFolder.IsSeedFolder(RepositoryPaths.SchemaDirectory));
        Assert.True(SeedFolder.IsSeedFolder(RepositoryPaths.SeedDirectory));
    }
}
