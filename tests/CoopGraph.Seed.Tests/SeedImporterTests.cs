namespace CoopGraph.Seed.Tests;

public sealed class SeedImporterTests : IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Importing_the_seed_creates_every_fact_once()
    {
        await using var store = await SeedStores.OpenEmptyAsync();
        var seed = SeedReader.ReadFolder(DomainModel.Model, RepositoryPaths.SeedDirectory);

        var result = await SeedStores.Importer(store).ImportFolderAsync(RepositoryPaths.SeedDirectory);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.False(result.ChangedNothing);
        Assert.Equal(seed.Nodes.Count, result.Nodes.Sum(c => c.Created));
        Assert.Equal(seed.Relationships.Count, result.Relationships.Sum(c => c.Created));
        Assert.Equal("Source", result.Nodes[0].Name);
        Assert.Equal(seed.Nodes.Count, await store.ReadNodesAsync().CountAsync());
        Assert.Equal(seed.Relationships.Count, await store.ReadRelationshipsAsync().CountAsync());
    }

    [Fact]
    public async Task Importing_twice_changes_nothing()
    {
        await using var store = await SeedStores.OpenSeededAsync();
        var before = await ReadAllAsync(store);

        var again = await SeedStores.Importer(store).ImportFolderAsync(RepositoryPaths.SeedDirectory);

        Assert.True(again.Succeeded, string.Join(Environment.NewLine, again.Errors));
        Assert.True(again.ChangedNothing);
        Assert.All(again.Nodes.Concat(again.Relationships), c => Assert.Equal(c.Total, c.Unchanged));
        Assert.Equal(before, await ReadAllAsync(store));
    }

    [Fact]
    public async Task Logs_created_updated_and_unchanged_counts_per_label_and_type()
    {
        await using var store = await SeedStores.OpenEmptyAsync();
        var logger = new ListLogger<SeedImporter>();
        var importer = new SeedImporter(store, logger);

        await importer.ImportFolderAsync(RepositoryPaths.SeedDirectory);
        await importer.ImportFolderAsync(RepositoryPaths.SeedDirectory);

        var messages = logger.Messages.Select(m => m.Message).ToArray();
        Assert.Contains("Province: 6 created, 0 updated, 0 unchanged", messages);
        Assert.Contains("PARTNER_OF: 2 created, 0 updated, 0 unchanged", messages);
        Assert.Contains("Province: 0 created, 0 updated, 6 unchanged", messages);
        Assert.Contains(messages, m => m.Contains("the store already held all of it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Logs_every_problem_of_refused_files()
    {
        var file = _temp.Write("nodes/country.jsonl", "not json", "{}");
        await using var store = await SeedStores.OpenEmptyAsync();
        var logger = new ListLogger<SeedImporter>();

        await new SeedImporter(store, logger).ImportFolderAsync(_temp.Path);

        Assert.Contains(logger.Messages, m => m.Level == Microsoft.Extensions.Logging.LogLevel.Error && m.Message.StartsWith(file + ":1: SEED_BAD_JSON", StringComparison.Ordinal));
        Assert.Contains(logger.Messages, m => m.Message.StartsWith(file + ":2: SEED_MISSING_FIELD", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_progress_through_validating_and_writing_to_the_end()
    {
        await using var store = await SeedStores.OpenEmptyAsync();
        var reports = new List<ImportProgress>();

        var result = await SeedStores.Importer(store).ImportFolderAsync(RepositoryPaths.SeedDirectory, new SynchronousProgress(reports.Add));

        Assert.True(result.Succeeded);
        Assert.Equal([ImportPhase.Reading, ImportPhase.Validating, ImportPhase.Writing, ImportPhase.Done], reports.Select(r => r.Phase).ToArray());
        Assert.Equal(reports[^1].Total, reports[^1].Done);
    }

    [Fact]
    public async Task A_batch_the_store_refuses_leaves_the_store_as_it_was_and_names_the_line()
    {
        await using var store = await SeedStores.OpenSeededAsync();
        var before = await ReadAllAsync(store);
        var refusing = new RefusingStore(store, refuseOperation: 3);

        var result = await new SeedImporter(refusing, new ListLogger<SeedImporter>()).ImportFolderAsync(RepositoryPaths.SeedDirectory);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("REFUSED", error.Code);
        Assert.True(error.Line > 0);
        Assert.Equal(1, refusing.Batches);
        Assert.Equal(before, await ReadAllAsync(store));
    }

    [Fact]
    public async Task Broken_files_are_refused_before_anything_is_written()
    {
        _temp.Write("nodes/source.jsonl", """{"id":"source:s","label":"Source","properties":{"title":"S","file":"s.txt"},"sources":[{"source":"source:s","quote":"S"}]}""");
        var file = _temp.Write("nodes/country.jsonl", """{"id":"country:japan","label":"Country","properties":{"name":"Japan"},"sources":[{"source":"source:s","quote":"J"}]}""");
        await using var store = await SeedStores.OpenEmptyAsync();

        var result = await SeedStores.Importer(store).ImportFolderAsync(_temp.Path);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, 1, "MISSING_PROPERTY"), (error.File, error.Line, error.Code));
        Assert.True(await store.IsEmptyAsync());
    }

    [Fact]
    public async Task Files_added_to_a_seeded_store_may_point_at_stored_nodes()
    {
        await using var store = await SeedStores.OpenSeededAsync();
        var file = _temp.Write("more.jsonl",
            """{"id":"place:nagasaki-city","label":"Place","properties":{"name":"Nagasaki city","kind":"CITY"},"sources":[{"source":"source:quang-nam-nagasaki-cooperation-promotion","quote":"Nagasaki"}]}""",
            """{"type":"LOCATED_IN","start":"place:nagasaki-city","end":"province:nagasaki","sources":[{"source":"source:quang-nam-nagasaki-cooperation-promotion","quote":"Nagasaki"}]}""");

        var result = await SeedStores.Importer(store).ImportFilesAsync([file]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(1, result.Nodes.Single().Created);
        Assert.Equal(1, result.Relationships.Single().Created);
    }

    [Fact]
    public async Task A_changed_fact_is_updated_in_place()
    {
        await using var store = await SeedStores.OpenSeededAsync();
        var line = File.ReadLines(Path.Combine(RepositoryPaths.SeedDirectory, "nodes", "artifact.jsonl")).First();
        var file = _temp.Write("artifact.jsonl", line.Replace("Red-seal ship model\"", "Red-seal ship (model)\"", StringComparison.Ordinal));

        var result = await SeedStores.Importer(store).ImportFilesAsync([file]);

        Assert.Equal(new ImportCounts("Artifact", 0, 1, 0), Assert.Single(result.Nodes));
        var artifact = await store.ReadNodesAsync().SingleAsync(n => n.Label == "Artifact");
        Assert.Equal("Red-seal ship (model)", artifact.Properties["name"]);
    }

    internal static async Task<string> ReadAllAsync(Storage.IGraphStore store)
    {
        var lines = new List<string>();
        await foreach (var node in store.ReadNodesAsync())
        {
            lines.Add(SeedJsonWriter.Node(node, store.Model.FindLabel(node.Label)));
        }

        await foreach (var rel in store.ReadRelationshipsAsync())
        {
            lines.Add(SeedJsonWriter.Relationship(rel, store.Model.FindRelationshipType(rel.Type)));
        }

        return string.Join("\n", lines);
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so that the test sees every report in order.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
