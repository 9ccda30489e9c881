namespace CoopGraph.Host.Configuration;

/// <summary>The known setting an unknown key most likely meant, for the "Did you mean" of its message.</summary>
internal static class SettingSuggestions
{
    /// <summary>
    /// The <c>Limits</c> block that appsettings.json once carried bound to nothing, under names of its own; deployments
    /// copied that file, so its keys point to the settings that do what they meant.
    /// </summary>
    public static IReadOnlyDictionary<string, string> FormerNames { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CoopGraph:Limits:MaxDepth"] = "CoopGraph:Api:MaxDepth",
        ["CoopGraph:Limits:MaxComplexity"] = "CoopGraph:Api:MaxCost",
        ["CoopGraph:Limits:MaxAliases"] = "CoopGraph:Api:MaxAliases",
        ["CoopGraph:Limits:DefaultPageSize"] = "CoopGraph:Api:DefaultPageSize",
        ["CoopGraph:Limits:MaxPageSize"] = "CoopGraph:Api:MaxPageSize",
        ["CoopGraph:Limits:ExecutionTimeout"] = "CoopGraph:Api:RequestTimeout",
        ["CoopGraph:Limits:MaxTraversalDepth"] = "CoopGraph:Traversal:MaxDepth",
        ["CoopGraph:Limits:MaxSubgraphNodes"] = "CoopGraph:Traversal:MaxSubgraphSize",
    };

    /// <summary>A former name's successor, else the settings of the same name elsewhere, else the closest spelling; null when nothing is close.</summary>
    public static string? For(string path)
    {
        if (FormerNames.TryGetValue(path, out var successor))
        {
            return successor;
        }

        var name = ConfigurationPath.GetSectionKey(path);
        var sameName = KnownSettings.Paths.Where(p => string.Equals(ConfigurationPath.GetSectionKey(p), name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameName.Count > 0)
        {
            return string.Join(" or ", sameName);
        }

        // A typo: one edit, and one more for every four letters (a swap of two letters is two), a setting of the same section first.
        var parent = ConfigurationPath.GetParentPath(path);
        return KnownSettings.Paths
            .Select(p => (Path: p, Distance: EditDistance(ConfigurationPath.GetSectionKey(p), name)))
            .Where(c => c.Distance <= 1 + (name.Length / 4))
            .OrderBy(c => c.Distance)
            .ThenBy(c => string.Equals(ConfigurationPath.GetParentPath(c.Path), parent, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .Select(c => c.Path)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, ignoring case as configuration keys do.</summary>
    private static int EditDistance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
