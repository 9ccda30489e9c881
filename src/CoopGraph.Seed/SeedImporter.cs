using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;
using Microsoft.Extensions.Logging;

namespace CoopGraph.Seed;

/// <summary>
/// Imports seed files into a store: validates everything first, then writes every node (sources first, so that every
/// fact can cite them) and every relationship as one batch, so the store commits all of an import in one transaction
/// or none of it: a crash or a refusal part-way leaves the graph as it was. Writes are upserts of the whole fact, so
/// importing the same files again changes nothing and reports every fact as unchanged.
/// </summary>
public sealed class SeedImporter(IGraphStore store, ILogger<SeedImporter> logger)
{
    public Task<SeedImportResult> ImportFolderAsync(
        string folder,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        progress?.Report(new ImportProgress(ImportPhase.Reading, folder, 0, 0));
        return ImportAsync(SeedReader.ReadFolder(store.Model, folder), progress, cancellationToken);
    }

    public Task<SeedImportResult> ImportFilesAsync(
        IEnumerable<string> files,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        progress?.Report(new ImportProgress(ImportPhase.Reading, null, 0, 0));
        return ImportAsync(SeedReader.ReadFiles(store.Model, files), progress, cancellationToken);
    }

    public async Task<SeedImportResult> ImportAsync(
        SeedContent content,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var total = content.Nodes.Count + content.Relationships.Count;
        progress?.Report(new ImportProgress(ImportPhase.Validating, null, 0, total));
        var existing = await store.IsEmptyAsync(cancellationToken) ? null : await ReadStoredLabelsAsync(cancellationToken);
        var errors = SeedValidator.Validate(store.Model, content, existing);
        if (errors.Count > 0)
        {
            LogRefused(errors);
            return new SeedImportResult([], [], errors);
        }

        var nodeGroups = content.Nodes
            .GroupBy(e => ((NodeWrite)e.Write).Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key == GraphModel.SourceLabel ? -1 : store.Model.FindLabel(g.Key)?.Ordinal ?? int.MaxValue)
            .Select(g => (g.Key, Entries: g.OrderBy(e => ((NodeWrite)e.Write).Id, StringComparer.Ordinal).ToArray()))
            .ToArray();
        var relationshipGroups = content.Relationships
            .GroupBy(e => ((RelationshipWrite)e.Write).Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Entries: g.OrderBy(e => ((RelationshipWrite)e.Write).Id, StringComparer.Ordinal).ToArray()))
            .ToArray();
        var entries = nodeGroups.Concat(relationshipGroups).SelectMany(g => g.Entries).ToArray();

        progress?.Report(new ImportProgress(ImportPhase.Writing, null, 0, total));
        WriteResult written;
        try
        {
            written = await store.WriteAsync(new GraphBatch(entries.Select(e => e.Write)), cancellationToken);
        }
        catch (GraphWriteException e)
        {
            var refused = new SeedImportResult([], [], e.Errors.Select(error => error.OperationIndex >= 0 && error.OperationIndex < entries.Length
                ? entries[error.OperationIndex].Error(error.Code, error.Message)
                : new SeedError(entries.Length > 0 ? entries[0].File : string.Empty, 0, error.Code, error.Message)).ToArray());
            LogResult(refused);
            return refused;
        }

        var result = new SeedImportResult(
            nodeGroups.Select(g => Counts(g.Key, written)).ToArray(),
            relationshipGroups.Select(g => Counts(g.Key, written)).ToArray(),
            []);
        LogResult(result);
        progress?.Report(new ImportProgress(ImportPhase.Done, null, total, total));
        return result;
    }

    private static ImportCounts Counts(string name, WriteResult written)
    {
        var counts = written.For(name);
        return new ImportCounts(name, counts.Created, counts.Updated, counts.Unchanged);
    }
    private async Task<Dictionary<string, string>> ReadStoredLabelsAsync(CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var node in store.ReadNodesAsync(cancellationToken))
        {
            labels[node.Id] = node.Label;
        }

        return labels;
    }

    private void LogRefused(IReadOnlyList<SeedError> errors)
    {
        if (!logger.IsEnabled(LogLevel.Error))
        {
            return;
        }

        logger.LogError("Seed refused: {Count} problems, nothing was written.", errors.Count);
        foreach (var error in errors.Take(50))
        {
            logger.LogError("{Error}", error.ToString());
        }
    }

    private void LogResult(SeedImportResult result)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        foreach (var counts in result.Nodes.Concat(result.Relationships))
        {
            logger.LogInformation(
                "{Name}: {Created} created, {Updated} updated, {Unchanged} unchanged",
                counts.Name, counts.Created, counts.Updated, counts.Unchanged);
        }

        if (!result.Succeeded)
        {
            logger.LogError("The store refused the import: {Count} problems, nothing was written.", result.Errors.Count);
            foreach (var error in result.Errors.Take(50))
            {
                logger.LogError("{Error}", error.ToString());
            }

            return;
        }

        var nodes = result.Nodes.Sum(c => c.Total);
        var relationships = result.Relationships.Sum(c => c.Total);
        var outcome = result.ChangedNothing ? "the store already held all of it" : "the store changed";
        logger.LogInformation("Seed imported: {Nodes} nodes, {Relationships} relationships; {Outcome}", nodes, relationships, outcome);
    }
}
