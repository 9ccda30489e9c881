using System.Collections;
using System.Globalization;

namespace CoopGraph.GraphQL.Mutations;

internal sealed partial class ChangeSetReader
{
    /// <summary>Each change names exactly one operation; its arguments are read as the same mutation's would be.</summary>
    public void ReadChangeSet(IReadOnlyDictionary<string, object?> input)
    {
        if (input.GetValueOrDefault("changes") is not IEnumerable changes)
        {
            return;
        }

        var index = 0;
        foreach (var item in changes)
        {
            var itemPath = new[] { "input", "changes", index.ToString(CultureInfo.InvariantCulture) };
            if (item is IReadOnlyDictionary<string, object?> change)
            {
                ReadChange(index, change, itemPath);
            }

            index++;
        }
    }

    private void ReadChange(int index, IReadOnlyDictionary<string, object?> change, string[] itemPath)
    {
        var reference = change.GetValueOrDefault("ref") as string;
        var named = change.Where(c => c.Key != "ref" && c.Value is not null).ToArray();
        if (named.Length != 1)
        {
            Refuse(ContractCodes.Validation, $"A change names exactly one operation (createProvince, connect, …); this one names {named.Length}.", itemPath);
            return;
        }

        var (operation, value) = named[0];
        var arguments = (IReadOnlyDictionary<string, object?>)value!;
        string[] path = [.. itemPath, operation];
        if (reference is not null && !operation.StartsWith("create", StringComparison.Ordinal))
        {
            Refuse(ContractCodes.Validation, "Only a create change takes a ref: it names the entity the change creates.", [.. itemPath, "ref"]);
        }

        switch (operation)
        {
            case "deleteEntity":
                ReadDelete(index, arguments.GetValueOrDefault("id"), arguments.GetValueOrDefault("detach") is true, Version(arguments), path);
                break;
            case "connect":
                ReadConnect(index, arguments, path);
                break;
            case "updateRelationship":
                ReadUpdateRelationship(index, arguments.GetValueOrDefault("id"), arguments.GetValueOrDefault("properties"), arguments.GetValueOrDefault("sources"), Version(arguments), path);
                break;
            case "disconnect":
                ReadDisconnect(index, arguments.GetValueOrDefault("id"), Version(arguments), path);
                break;
            default:
                var (label, isCreate) = TypedOperations[operation];
                if (isCreate)
                {
                    ReadCreate(index, reference, label, arguments, path);
                }
                else
                {
                    ReadUpdate(index, label, arguments.GetValueOrDefault("id"), (IReadOnlyDictionary<string, object?>)arguments["input"]!, Version(arguments), path);
                }

                break;
        }
    }

    /// <summary>An Int argument or input field as graphql-dotnet coerces it (int), null when not given.</summary>
    public static long? Version(IReadOnlyDictionary<string, object?> arguments) =>
        arguments.GetValueOrDefault("expectedVersion") is { } version ? Convert.ToInt64(version, CultureInfo.InvariantCulture) : null;
}
