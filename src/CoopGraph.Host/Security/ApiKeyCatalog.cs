using CoopGraph.GraphQL.Security;
using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Security;

/// <summary>Every API key the server accepts: <c>CoopGraph:Auth:ApiKeys</c>, the keys file, then <c>COOPGRAPH_EDITOR_KEYS</c>.</summary>
internal static class ApiKeyCatalog
{
    private const string Section = CoopGraphOptions.SectionName + ":Auth:ApiKeys";

    /// <summary>The keys, with one line in <paramref name="problems"/> for each entry that is not well formed and each name given twice.</summary>
    /// <exception cref="InvalidSettingsException">The keys file is not a keys file.</exception>
    public static IReadOnlyList<ApiKey> Load(IConfiguration configuration, AuthOptions auth, List<string> problems)
    {
        var keys = new List<ApiKey>();
        for (var i = 0; i < auth.ApiKeys.Count; i++)
        {
            var path = $"{Section}:{i}";
            Add(keys, problems, auth.ApiKeys[i], $"Setting {path}", SettingSources.Of(configuration, path + ":" + nameof(ApiKeyOptions.Hash)));
        }

        var file = Path.GetFullPath(auth.KeysFile);
        var fromFile = ApiKeyFile.Read(file);
        for (var i = 0; i < fromFile.Count; i++)
        {
            Add(keys, problems, fromFile[i], $"API key {i}", file);
        }

        keys.AddRange(DevelopmentKeys.From(configuration));
        foreach (var twice in keys.GroupBy(k => k.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"The API key name '{twice.Key}' is given {twice.Count()} times (in {string.Join(", ", twice.Select(k => k.Source).Distinct())}); each key needs a name of its own.");
        }

        return keys;
    }

    private static void Add(List<ApiKey> keys, List<string> problems, ApiKeyOptions entry, string place, string source)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            problems.Add($"{place} (from {source}) has no Name; every API key needs a Name and a Hash.");
        }

        // The value is not repeated: a key pasted where its hash belongs would otherwise end up in a log.
        if (!ApiKeyHash.TryParse(entry.Hash, out var hash))
        {
            problems.Add($"{place} (from {source}) has a Hash that is not {ApiKeyHash.Form}, the SHA-256 of the key (never the key itself; coopgraph keys add writes one).");
        }

        foreach (var role in entry.Roles.Where(r => !Roles.All.Contains(r)))
        {
            problems.Add($"{place} (from {source}) has the role '{role}', which is not one of {string.Join(", ", Roles.All)}.");
        }

        if (problems.Count == before)
        {
            keys.Add(new ApiKey(entry.Name!, hash!, [.. entry.Roles], source));
        }
    }
}
