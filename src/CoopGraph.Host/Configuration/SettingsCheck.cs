namespace CoopGraph.Host.Configuration;

/// <summary>
/// Refuses a configuration that names a setting under <c>CoopGraph:</c> that nothing binds, or gives a setting a value
/// the binder cannot convert: such a key would otherwise be ignored, or fail later with a stack trace. Keys outside the
/// section (<c>Logging</c>, <c>Kestrel</c>, <c>COOPGRAPH_DATA</c>, <c>COOPGRAPH_NEO4J_*</c>) belong to others and are not looked at.
/// </summary>
internal static class SettingsCheck
{
    /// <exception cref="InvalidSettingsException">Some key is unknown or some value cannot be converted.</exception>
    public static void EnsureValid(IConfiguration configuration)
    {
        var problems = Problems(configuration);
        if (problems.Count > 0)
        {
            throw new InvalidSettingsException(problems);
        }
    }

    /// <summary>One line per unknown key (each key below an unknown section counted) or refused value, in key order.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        Check(configuration, configuration.GetSection(CoopGraphOptions.SectionName), KnownSettings.Root, problems);
        return problems;
    }

    private static void Check(IConfiguration configuration, IConfigurationSection section, SettingNode node, List<string> problems)
    {
        foreach (var child in section.GetChildren())
        {
            if (node.Find(child.Key) is not { } known)
            {
                problems.AddRange(KeysHoldingValues(child).Select(key => Unknown(key, SettingSources.Of(configuration, key), section.Path, node)));
            }
            else if (child.Value is { } value && !known.Accepts(value))
            {
                problems.Add(Refused(child.Path, SettingSources.Of(configuration, child.Path), value, known));
            }
            else
            {
                Check(configuration, child, known, problems);
            }
        }
    }

    /// <summary>The keys that give a value at or below <paramref name="section"/>, or the section itself when none does (an empty block).</summary>
    private static List<string> KeysHoldingValues(IConfigurationSection section)
    {
        var keys = new List<string>();
        if (section.Value is not null)
        {
            keys.Add(section.Path);
        }

        keys.AddRange(section.GetChildren().SelectMany(KeysHoldingValues));
        return keys.Count > 0 ? keys : [section.Path];
    }

    private static string Refused(string key, string source, string value, SettingNode node)
    {
        var why = node.Kind switch
        {
            SettingKind.Value => $"which is not {node.Describe()}",
            // The binder ignores a value given to a list, so CoopGraph__Cors__AllowedOrigins=https://… would leave CORS off.
            SettingKind.List => $"but it is a list: give its items as {key}:0, {key}:1 and so on",
            _ => "but it holds settings, not a value",
        };
        return $"Setting {key} (from {source}) is '{value}', {why}.";
    }

    private static string Unknown(string key, string source, string parentPath, SettingNode parent)
    {
        var known = parent.Kind switch
        {
            SettingKind.Section => $"known settings under {parentPath}: {(parent.Settings.Count == 0 ? "none" : string.Join(", ", parent.Settings.Keys))}",
            SettingKind.List => $"{parentPath} is a list, its items numbered from 0",
            _ => $"{parentPath} is a single value with no settings under it",
        };
        var suggestion = SettingSuggestions.For(key) is { } meant ? $" Did you mean {meant}?" : "";
        return $"Unknown setting {key} (from {source}); {known}.{suggestion}";
    }
}
