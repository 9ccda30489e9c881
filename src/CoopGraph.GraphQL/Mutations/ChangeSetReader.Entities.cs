using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.GraphQL.Mutations;

internal sealed partial class ChangeSetReader
{
    private static readonly Dictionary<string, string[]> NoParts = new(StringComparer.Ordinal);

    public void ReadCreate(int index, string? reference, NodeType label, IReadOnlyDictionary<string, object?> input, IReadOnlyList<string> basePath)
    {
        var id = input.GetValueOrDefault("id") is { } given ? ResolveId(given, Path(basePath, "id")) : MadeId(label, input, basePath);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in label.Properties)
        {
            if (input.GetValueOrDefault(property.Name) is { } value)
            {
                properties[property.Name] = value;
            }
        }

        var sources = input.TryGetValue("sources", out var raw) && raw is not null
            ? ReadSources(raw, Path(basePath, "sources"))
            : label.Name == GraphModel.SourceLabel
                ? [new SourceRef(id, null, Inferred: true, Note: "A source stands for itself.")]
                : [];
        var origin = new OperationOrigin(basePath, NoParts, []);
        Add(new NodeWrite(id, label.Name, properties, sources) { CreateOnly = true }, origin);
        foreach (var relationship in label.Relationships.Where(r => !r.IsList))
        {
            if (input.GetValueOrDefault(relationship.Name) is not { } target)
            {
                continue;
            }

            var targetId = ResolveId(target, Path(basePath, relationship.Name));
            var (start, end) = relationship.Direction == RelationshipDirection.In ? (targetId, id) : (id, targetId);
            // The relationship cites the entity's sources and stands for its own input field: refusals point at those.
            var parts = new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["sources"] = ["sources"],
                ["start"] = [relationship.Name],
                ["end"] = [relationship.Name],
                ["type"] = [relationship.Name],
            };
            Add(new RelationshipWrite(relationship.RelationshipType.Name, start, end, new Dictionary<string, object?>(), sources) { CreateOnly = true },
                new OperationOrigin(basePath, parts, [relationship.Name]));
        }

        if (reference is not null && !_refs.TryAdd(reference, id))
        {
            Refuse(ContractCodes.Validation, $"The ref '{reference}' is already given to an earlier change of this set.", [.. basePath.Take(basePath.Count - 1), "ref"]);
        }

        Items.Add(new ChangeItem(index, reference, ChangeResultKind.Entity, id));
    }

    public void ReadUpdate(int index, NodeType label, object? rawId, IReadOnlyDictionary<string, object?> input, long? expectedVersion, IReadOnlyList<string> argumentsPath)
    {
        var id = ResolveId(rawId, Path(argumentsPath, "id"));
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in input)
        {
            if (name != "sources")
            {
                changes[name] = value;
            }
        }

        var sources = input.TryGetValue("sources", out var raw) && raw is not null ? ReadSources(raw, Path(argumentsPath, "input", "sources")) : null;
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["id"] = ["id"], ["expectedVersion"] = ["expectedVersion"] };
        Add(new NodePatch(id, changes, sources) { ExpectedVersion = expectedVersion, Label = label.Name }, new OperationOrigin(argumentsPath, parts, ["input"]));
        Items.Add(new ChangeItem(index, null, ChangeResultKind.Entity, id));
    }

    public void ReadDelete(int index, object? rawId, bool detach, long? expectedVersion, IReadOnlyList<string> argumentsPath)
    {
        var id = ResolveId(rawId, Path(argumentsPath, "id"));
        var parts = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["id"] = ["id"], ["expectedVersion"] = ["expectedVersion"] };
        Add(new DeleteNode(id, detach) { ExpectedVersion = expectedVersion }, new OperationOrigin(argumentsPath, parts, ["id"]));
        Items.Add(new ChangeItem(index, null, ChangeResultKind.DeletedEntity, id));
    }

    /// <summary>The default id, <c>prefix:kebab-of-display-value</c>, as the seed's ids are made.</summary>
    private string MadeId(NodeType label, IReadOnlyDictionary<string, object?> input, IReadOnlyList<string> basePath)
    {
        var display = input.GetValueOrDefault(label.Display.Name);
        var key = display is null ? string.Empty : IdSlug.From(Convert.ToString(display, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
        if (key.Length == 0)
        {
            Refuse(ContractCodes.Validation, $"No id can be made for this {label.Name}: give an id, or a {label.Display.Name} with letters or digits.", Path(basePath, "id"));
            return label.IdPrefix + ":unnamed";
        }

        return $"{label.IdPrefix}:{key}";
    }
}
