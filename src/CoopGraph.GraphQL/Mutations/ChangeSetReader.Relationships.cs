using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.GraphQL.Mutations;

internal sealed partial class ChangeSetReader
{
    private static readonly Dictionary<string, string[]> ConnectParts = new(StringComparer.Ordinal)
    {
        ["start"] = ["from"],
        ["end"] = ["to"],
        ["type"] = ["type"],
        ["sources"] = ["sources"],
        ["id"] = ["type"],
    };

    private static readonly Dictionary<string, string[]> RelationshipPatchParts = new(StringComparer.Ordinal)
    {
        ["id"] = ["id"],
        ["expectedVersion"] = ["expectedVersion"],
        ["sources"] = ["sources"],
    };

    public void ReadConnect(int index, IReadOnlyDictionary<string, object?> input, IReadOnlyList<string> basePath)
    {
        var type = input.GetValueOrDefault("type") as string ?? string.Empty;
        var from = ResolveId(input.GetValueOrDefault("from"), Path(basePath, "from"));
        var to = ResolveId(input.GetValueOrDefault("to"), Path(basePath, "to"));
        var properties = ReadProperties(input.GetValueOrDefault("properties"), Path(basePath, "properties"));
        var sources = ReadSources(input.GetValueOrDefault("sources"), Path(basePath, "sources"));
        Add(new RelationshipWrite(type, from, to, properties, sources) { CreateOnly = true }, new OperationOrigin(basePath, ConnectParts, ["properties"]));
        Items.Add(new ChangeItem(index, null, ChangeResultKind.Relationship, Identifiers.RelationshipId(type, from, to)));
    }

    public void ReadUpdateRelationship(int index, object? rawId, object? properties, object? sources, long? expectedVersion, IReadOnlyList<string> argumentsPath)
    {
        var id = Convert.ToString(rawId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        var changes = ReadProperties(properties, Path(argumentsPath, "properties"));
        var references = sources is null ? null : ReadSources(sources, Path(argumentsPath, "sources"));
        Add(new RelationshipPatch(id, changes, references) { ExpectedVersion = expectedVersion }, new OperationOrigin(argumentsPath, RelationshipPatchParts, ["properties"]));
        Items.Add(new ChangeItem(index, null, ChangeResultKind.Relationship, id));
    }

    public void ReadDisconnect(int index, object? rawId, long? expectedVersion, IReadOnlyList<string> argumentsPath)
    {
        var id = Convert.ToString(rawId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        Add(new DeleteRelationship(id) { ExpectedVersion = expectedVersion }, new OperationOrigin(argumentsPath, RelationshipPatchParts, ["id"]));
        Items.Add(new ChangeItem(index, null, ChangeResultKind.DeletedRelationship, id));
    }

    /// <summary>A relationship's <c>properties</c> JSON object; its values are checked against the type by the store.</summary>
    private Dictionary<string, object?> ReadProperties(object? raw, IReadOnlyList<string> path)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        switch (raw)
        {
            case null:
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (name, value) in map)
                {
                    properties[name] = value;
                }

                break;
            case IDictionary<string, object?> map:
                foreach (var (name, value) in map)
                {
                    properties[name] = value;
                }

                break;
            case System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Object } json:
                foreach (var member in json.EnumerateObject())
                {
                    properties[member.Name] = member.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null : member.Value.Clone();
                }

                break;
            default:
                Refuse(ContractCodes.Validation, "properties must be a JSON object of the relationship type's properties.", path);
                break;
        }

        return properties;
    }
}
