using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Seed;

/// <summary>
/// Reads seed files (JSON Lines, one node or relationship a line) into writes, line by line,
/// checking each against the model. It never stops at the first problem: every one is
/// reported with its file and line, so one run shows all that needs fixing.
/// </summary>
public static partial class SeedReader
{
    /// <summary>Reads a seed folder laid out as <see cref="SeedLayout"/> describes.</summary>
    public static SeedContent ReadFolder(GraphModel model, string folder)
    {
        var collector = new Collector(model) { ArticlesFolder = Path.Combine(folder, SeedLayout.ArticlesFolder) };
        if (!Directory.Exists(folder))
        {
            collector.Errors.Add(new SeedError(folder, 0, SeedErrorCodes.NotFound, "The seed folder does not exist."));
            return collector.Finish();
        }

        var nodeFiles = SeedLayout.Files(folder, SeedLayout.NodesFolder);
        var relationshipFiles = SeedLayout.Files(folder, SeedLayout.RelationshipsFolder);
        if (nodeFiles.Count == 0 && relationshipFiles.Count == 0)
        {
            collector.Errors.Add(new SeedError(folder, 0, SeedErrorCodes.NotFound,
                $"No seed files: expected {SeedLayout.NodesFolder}/<label>{SeedLayout.Extension} and {SeedLayout.RelationshipsFolder}/<TYPE>{SeedLayout.Extension}."));
            return collector.Finish();
        }

        foreach (var file in nodeFiles)
        {
            var prefix = Path.GetFileNameWithoutExtension(file);
            var label = model.Labels.FirstOrDefault(l => l.IdPrefix == prefix);
            if (label is null)
            {
                collector.Errors.Add(new SeedError(file, 0, SeedErrorCodes.WrongFile, $"No label has the file name '{prefix}{SeedLayout.Extension}' (node files are named after the label in kebab-case, e.g. province.jsonl)."));
            }

            ReadFile(collector, file, new FileExpectation(label?.Name ?? string.Empty, IsNodeFile: true));
        }

        foreach (var file in relationshipFiles)
        {
            var typeName = Path.GetFileNameWithoutExtension(file);
            if (model.FindRelationshipType(typeName) is null)
            {
                collector.Errors.Add(new SeedError(file, 0, SeedErrorCodes.WrongFile, $"No relationship type is named '{typeName}'."));
            }

            ReadFile(collector, file, new FileExpectation(typeName, IsNodeFile: false));
        }

        return collector.Finish();
    }

    /// <summary>Reads the given files, each of which may hold nodes and relationships in any order.</summary>
    public static SeedContent ReadFiles(GraphModel model, IEnumerable<string> files)
    {
        var collector = new Collector(model);
        foreach (var file in files)
        {
            ReadFile(collector, file, expectation: null);
        }

        return collector.Finish();
    }

    private static void ReadFile(Collector collector, string file, FileExpectation? expectation)
    {
        if (!File.Exists(file))
        {
            collector.Errors.Add(new SeedError(file, 0, SeedErrorCodes.NotFound, "The file does not exist."));
            return;
        }

        try
        {
            using var reader = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            var lineNumber = 0;
            while (reader.ReadLine() is { } text)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var entry = new LineParser(file, lineNumber, collector.Errors).Parse(text);
                if (entry is not null && CheckExpectation(entry, expectation, collector.Errors))
                {
                    collector.Add(entry);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            collector.Errors.Add(new SeedError(file, 0, SeedErrorCodes.Unreadable, e.Message));
        }
    }

    private static bool CheckExpectation(SeedEntry entry, FileExpectation? expectation, List<SeedError> errors)
    {
        if (expectation is null)
        {
            return true;
        }

        var (kind, name) = entry.Write switch
        {
            Storage.Writes.NodeWrite node => ("node", node.Label),
            Storage.Writes.RelationshipWrite rel => ("relationship", rel.Type),
            _ => ("write", string.Empty),
        };
        var isNode = kind == "node";
        if (isNode != expectation.IsNodeFile)
        {
            errors.Add(entry.Error(SeedErrorCodes.WrongFile, $"A {kind} does not belong in {(expectation.IsNodeFile ? SeedLayout.NodesFolder : SeedLayout.RelationshipsFolder)}/."));
            return false;
        }

        if (expectation.Name.Length > 0 && name != expectation.Name)
        {
            errors.Add(entry.Error(SeedErrorCodes.WrongFile, $"This file holds {expectation.Name}; a {kind} of {name} belongs in its own file."));
        }

        return true;
    }

    private sealed record FileExpectation(string Name, bool IsNodeFile);
}
