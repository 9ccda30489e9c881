using System.CommandLine;

namespace CoopGraph.Host.Cli;

/// <summary>Options every command understands; each maps onto a key of the <c>CoopGraph</c> configuration section.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> Data = new("--data")
    {
        Description = "The embedded store's SQLite file (default ./data/coopgraph.db; environment: COOPGRAPH_DATA).",
        Recursive = true,
    };

    public static readonly Option<string?> Schema = new("--schema")
    {
        Description = "The folder of type definitions (default: the schema/ folder beside the executable or in the repository).",
        Recursive = true,
    };

    public static readonly Option<string?> Seed = new("--seed-dir")
    {
        Description = "The folder of seed files (default: the seed/ folder beside the executable or in the repository).",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [Data, Schema, Seed];
}
