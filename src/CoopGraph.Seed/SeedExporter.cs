using System.Text;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;
using Microsoft.Extensions.Logging;

namespace CoopGraph.Seed;

/// <summary>
/// Writes a store's whole content as a seed folder in exactly the layout <see cref="SeedReader"/>
/// reads, sorted by id, one line per fact in a fixed shape: exporting and importing again gives the
/// same graph, and exporting the seeded store gives back the seed files byte for byte.
/// </summary>
public sealed class SeedExporter(IGraphStore store, ILogger<SeedExporter> logger)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Exports into <paramref name="folder"/>. The export owns the <c>*.jsonl</c> files of its
    /// <c>nodes/</c> and <c>relationships/</c> subfolders: files of labels or types that no longer
    /// have any content are removed, so that the folder imports back to the same graph.
    /// </summary>
    public async Task<IReadOnlyList<ExportedFile>> ExportAsync(string folder, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var model = store.Model;
        var nodeLines = new SortedDictionary<string, List<(string Id, string Line)>>(StringComparer.Ordinal);
        var relationshipLines = new SortedDictionary<string, List<(string Id, string Line)>>(StringComparer.Ordinal);
        var articles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var nodes = 0;
        var relationships = 0;
        await foreach (var node in store.ReadNodesAsync(cancellationToken))
        {
            if (SeedJsonWriter.ArticleFile(node) is { } article)
            {
                // Pieces of one file share its text; the first Source that names the file writes it.
                articles.TryAdd(article, (string)node.Properties[WriteResolver.SourceTextProperty]!);
            }

            var label = model.FindLabel(node.Label);
            var file = label is null ? Graph.Schema.Model.Identifiers.KebabCase(node.Label) + SeedLayout.Extension : SeedLayout.NodeFileName(label);
            Lines(nodeLines, file).Add((node.Id, SeedJsonWriter.Node(node, label)));
            if (++nodes % 1000 == 0)
            {
                progress?.Report(new ExportProgress(node.Label, nodes, relationships));
            }
        }

        await foreach (var rel in store.ReadRelationshipsAsync(cancellationToken))
        {
            var type = model.FindRelationshipType(rel.Type);
            Lines(relationshipLines, rel.Type + SeedLayout.Extension).Add((rel.Id, SeedJsonWriter.Relationship(rel, type)));
            if (++relationships % 1000 == 0)
            {
                progress?.Report(new ExportProgress(rel.Type, nodes, relationships));
            }
        }

        var written = new List<ExportedFile>();
        written.AddRange(await WriteFolderAsync(Path.Combine(folder, SeedLayout.NodesFolder), nodeLines, cancellationToken));
        written.AddRange(await WriteFolderAsync(Path.Combine(folder, SeedLayout.RelationshipsFolder), relationshipLines, cancellationToken));
        await WriteArticlesAsync(Path.Combine(folder, SeedLayout.ArticlesFolder), articles, cancellationToken);
        progress?.Report(new ExportProgress(string.Empty, nodes, relationships));
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Exported {Nodes} nodes and {Relationships} relationships to {Folder} ({Files} files).", nodes, relationships, folder, written.Count);
        }
        return written;
    }

    private static async Task WriteArticlesAsync(string folder, SortedDictionary<string, string> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        foreach (var (file, text) in articles)
        {
            var path = Path.Combine(folder, file);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, text, Utf8, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
    }

    private static List<(string Id, string Line)> Lines(SortedDictionary<string, List<(string Id, string Line)>> files, string file)
    {
        if (!files.TryGetValue(file, out var lines))
        {
            files[file] = lines = [];
        }

        return lines;
    }

    private static async Task<IReadOnlyList<ExportedFile>> WriteFolderAsync(
        string folder,
        SortedDictionary<string, List<(string Id, string Line)>> files,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var written = new List<ExportedFile>();
        foreach (var (file, lines) in files)
        {
            var path = Path.Combine(folder, file);
            var text = new StringBuilder();
            foreach (var (_, line) in lines.OrderBy(l => l.Id, StringComparer.Ordinal))
            {
                text.Append(line).Append('\n');
            }

            // Write beside the target and move over it, so that a crash leaves the old file or the new, never half of one.
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, text.ToString(), Utf8, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            written.Add(new ExportedFile(Path.GetFileNameWithoutExtension(file), path, lines.Count));
        }

        foreach (var stale in Directory.EnumerateFiles(folder, "*" + SeedLayout.Extension).Where(f => !files.ContainsKey(Path.GetFileName(f))).ToArray())
        {
            File.Delete(stale);
        }

        return written;
    }
}
