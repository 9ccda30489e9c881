using System.Globalization;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// Every Cypher statement the kit's snapshots hold: read statements as printed by the translation tests
/// (statement, then typed parameters), the bootstrap's statements (a list), the write path's
/// (<c>Text</c> beside <c>Parameters</c>). A snapshot of another shape is an error, so none goes unchecked.
/// </summary>
internal static class KitSnapshots
{
    public static IReadOnlyList<KitStatement> Statements()
    {
        var root = FindProjectFolder();
        var statements = new List<KitStatement>();
        foreach (var file in Directory.EnumerateFiles(root, "*.snap", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file).TrimStart('\uFEFF').ReplaceLineEndings("\n");
            var before = statements.Count;
            switch (text.TrimStart().FirstOrDefault())
            {
                case '[':
                    using (var document = JsonDocument.Parse(text))
                    {
                        statements.AddRange(document.RootElement.EnumerateArray().Select((s, i) => new KitStatement($"{name}[{i}]", s.GetString()!, new Dictionary<string, object?>())));
                    }

                    break;
                case '{':
                    using (var document = JsonDocument.Parse(text))
                    {
                        CollectTextAndParameters(document.RootElement, name, statements);
                    }

                    break;
                default:
                    statements.Add(Printed(name, text));
                    break;
            }

            if (statements.Count == before)
            {
                throw new InvalidOperationException($"The snapshot {file} holds no statement this check can read.");
            }
        }

        return statements;
    }

    private static string FindProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "CoopGraph.Storage.Neo4j.Tests");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/CoopGraph.Storage.Neo4j.Tests was not found above " + AppContext.BaseDirectory);
    }

    private static KitStatement Printed(string name, string text)
    {
        const string ParametersMark = "\n\nparameters: ";
        const string AccessModeMark = "\naccessMode: ";
        var parametersAt = text.IndexOf(ParametersMark, StringComparison.Ordinal);
        var accessModeAt = text.IndexOf(AccessModeMark, StringComparison.Ordinal);
        if (parametersAt < 0 || accessModeAt < parametersAt)
        {
            throw new InvalidOperationException($"The snapshot {name} is not a printed statement.");
        }

        var json = text[(parametersAt + ParametersMark.Length)..accessModeAt];
        using var document = JsonDocument.Parse(json);
        var parameters = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Typed(p.Value), StringComparer.Ordinal);
        return new KitStatement(name, text[..parametersAt], parameters);
    }

    private static void CollectTextAndParameters(JsonElement element, string path, List<KitStatement> statements)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("Text", out var statement) && statement.ValueKind == JsonValueKind.String)
            {
                var parameters = element.TryGetProperty("Parameters", out var given) && given.ValueKind == JsonValueKind.Object
                    ? given.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal)
                    : new Dictionary<string, object?>();
                statements.Add(new KitStatement(path, statement.GetString()!, parameters));
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                CollectTextAndParameters(property.Value, $"{path}.{property.Name}", statements);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                CollectTextAndParameters(item, $"{path}[{index++}]", statements);
            }
        }
    }

    /// <summary>A Query API typed value (<c>{"$type": "Integer", "_value": "20"}</c>) as a plain one.</summary>
    public static object? Typed(JsonElement typed)
    {
        var value = typed.GetProperty("_value");
        return typed.GetProperty("$type").GetString() switch
        {
            "Null" => null,
            "Integer" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "List" => value.EnumerateArray().Select(Typed).ToArray(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Typed(p.Value), StringComparer.Ordinal),
            _ => Plain(value),
        };
    }

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToArray(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        _ => null,
    };
}
