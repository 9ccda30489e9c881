using CoopGraph.Host.Configuration;
using CoopGraph.Seed;
using CoopGraph.Storage;
using Microsoft.Extensions.Options;

namespace CoopGraph.Host.Hosting;

/// <summary>Imports the seed into an empty store when the server starts, so a fresh checkout serves real data.</summary>
internal sealed class StoreSeeding(IOptions<CoopGraphOptions> options, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<StoreSeeding>();

    public async Task SeedIfEmptyAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        if (!options.Value.SeedWhenEmpty || !await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        var folder = FindSeedFolder(options.Value);
        if (folder is null)
        {
            _logger.NoSeedFolder();
            return;
        }

        _logger.SeedingEmptyStore(folder);
        var importer = new SeedImporter(store, loggerFactory.CreateLogger<SeedImporter>());
        var result = await importer.ImportFolderAsync(folder, cancellationToken: cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The seed in {folder} could not be imported ({result.Errors.Count} problems), first: {result.Errors[0]}");
        }

        var nodes = result.Nodes.Sum(c => c.Total);
        var relationships = result.Relationships.Sum(c => c.Total);
        _logger.Seeded(nodes, relationships);
    }

    /// <summary>The configured folder, else the seed beside the executable or in the repository.</summary>
    public static string? FindSeedFolder(CoopGraphOptions options) =>
        options.SeedPath is { } configured ? Path.GetFullPath(configured) : SeedFolder.FindDefault();
}
