using System.CommandLine;
using CoopGraph.Host.Configuration;

namespace CoopGraph.Host.Cli;

/// <summary>Configuration values given as command-line options; they override appsettings.json and environment variables.</summary>
internal static class CliSettings
{
    public const string DataEnvironmentVariable = "COOPGRAPH_DATA";

    public static Dictionary<string, string?> From(ParseResult parseResult)
    {
        var settings = new Dictionary<string, string?>();
        // COOPGRAPH_DATA is the short, documented name; CoopGraph__DataPath works as well, as for every option.
        if (Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } dataFromEnvironment)
        {
            settings[Key(nameof(CoopGraphOptions.DataPath))] = dataFromEnvironment;
        }

        Set(settings, nameof(CoopGraphOptions.DataPath), parseResult.GetValue(CommonOptions.Data));
        Set(settings, nameof(CoopGraphOptions.SchemaPath), parseResult.GetValue(CommonOptions.Schema));
        Set(settings, nameof(CoopGraphOptions.SeedPath), parseResult.GetValue(CommonOptions.Seed));

        // Commands that let unknown tokens through take them as settings (--CoopGraph:Neo4j:Uri=...), as ASP.NET does.
        foreach (var (key, value) in new ConfigurationBuilder().AddCommandLine([.. parseResult.UnmatchedTokens]).Build().AsEnumerable())
        {
            settings[key] = value;
        }

        return settings;
    }

    private static void Set(Dictionary<string, string?> settings, string name, string? value)
    {
        if (value is not null)
        {
            settings[Key(name)] = value;
        }
    }

    private static string Key(string name) => $"{CoopGraphOptions.SectionName}:{name}";
}
