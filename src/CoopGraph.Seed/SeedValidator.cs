using System.Globalization;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed;

/// <summary>
/// Checks seed files as a whole, without a store: what <see cref="SeedReader"/> finds line by
/// line, plus what needs every file at once — duplicate ids and unique values, relationship
/// ends and cited sources that no file defines, and to-one relationships given twice or
/// required ones missing.
/// </summary>
public static partial class SeedValidator
{
    public static IReadOnlyList<SeedError> ValidateFolder(GraphModel model, string folder) =>
        Validate(model, SeedReader.ReadFolder(model, folder));

    public static IReadOnlyList<SeedError> ValidateFiles(GraphModel model, IEnumerable<string> files) =>
        Validate(model, SeedReader.ReadFiles(model, files));

    /// <param name="existingNodes">
    /// Labels of nodes already stored, by id, when the files add to a graph: ends and sources found
    /// there are fine, and a required relationship may already be stored, so none is demanded.
    /// </param>
    public static IReadOnlyList<SeedError> Validate(GraphModel model, SeedContent content, IReadOnlyDictionary<string, string>? existingNodes = null)
    {
        var errors = new List<SeedError>(content.Errors);
        var nodes = IndexNodes(content, errors);
        CheckUniqueValues(model, content, errors);
        string? LabelOf(string id) => nodes.TryGetValue(id, out var entry) ? ((NodeWrite)entry.Write).Label : existingNodes?.GetValueOrDefault(id);
        CheckSources(content.Nodes.Concat(content.Relationships), LabelOf, errors);
        CheckRelationships(model, content, LabelOf, errors);
        CheckToOneFields(model, content, requireMandatory: existingNodes is null, errors);
        return errors
            .Select((error, order) => (error, order))
            .OrderBy(e => e.error.File, StringComparer.Ordinal)
            .ThenBy(e => e.error.Line)
            .ThenBy(e => e.order)
            .Select(e => e.error)
            .Distinct()
            .ToArray();
    }

    private static Dictionary<string, SeedEntry> IndexNodes(SeedContent content, List<SeedError> errors)
    {
        var nodes = new Dictionary<string, SeedEntry>(StringComparer.Ordinal);
        foreach (var entry in content.Nodes)
        {
            var id = ((NodeWrite)entry.Write).Id;
            if (!nodes.TryAdd(id, entry))
            {
                var first = nodes[id];
                errors.Add(entry.Error(SeedErrorCodes.DuplicateId, $"Node '{id}' is already defined at {first.File}:{first.Line}."));
            }
        }

        return nodes;
    }

    private static void CheckUniqueValues(GraphModel model, SeedContent content, List<SeedError> errors)
    {
        var seen = new Dictionary<(string Label, string Property, string Value), SeedEntry>();
        foreach (var entry in content.Nodes)
        {
            var node = (NodeWrite)entry.Write;
            var label = model.FindLabel(node.Label);
            foreach (var property in label?.Properties.Where(p => p.IsUnique) ?? [])
            {
                if (node.Properties.GetValueOrDefault(property.Name) is not { } value)
                {
                    continue;
                }

                var text = value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value.ToString() ?? string.Empty;
                var key = (node.Label, property.Name, text);
                if (!seen.TryAdd(key, entry) && ((NodeWrite)seen[key].Write).Id != node.Id)
                {
                    var first = seen[key];
                    errors.Add(entry.Error(SeedErrorCodes.DuplicateUnique,
                        $"{node.Label}.{property.Name} is unique, but '{text}' is also the value of '{((NodeWrite)first.Write).Id}' ({first.File}:{first.Line})."));
                }
            }
        }
    }

    private static void CheckSources(IEnumerable<SeedEntry> entries, Func<string, string?> labelOf, List<SeedError> errors)
    {
        foreach (var entry in entries)
        {
            var sources = entry.Write switch
            {
                NodeWrite node => node.Sources,
                RelationshipWrite rel => rel.Sources,
                _ => [],
            };
            foreach (var source in sources.Select(s => s.Source).Distinct(StringComparer.Ordinal))
            {
                var label = labelOf(source);
                if (label != GraphModel.SourceLabel)
                {
                    errors.Add(entry.Error(SeedErrorCodes.UnknownSource, label is null
                        ? $"Cites '{source}', which no seed file defines."
                        : $"Cites '{source}', which is a {label}, not a Source."));
                }
            }
        }
    }
}
