using System.CommandLine;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph keys add|list</c>: the API keys the server accepts, kept as hashes in the keys file.</summary>
internal sealed class KeysCommand : ICliCommand
{
    /// <summary>Where the keys live, when not where <c>CoopGraph:Auth:KeysFile</c> says.</summary>
    public static readonly Option<string?> KeysFile = new("--keys-file")
    {
        Description = "The keys file (default: CoopGraph:Auth:KeysFile, else coopgraph.keys.json in the working folder).",
        Recursive = true,
    };

    public Command Create()
    {
        var command = new Command("keys", "Manage the API keys the server accepts (stored as hashes in the keys file).")
        {
            KeysAddCommand.Create(),
            KeysListCommand.Create(),
        };
        command.Options.Add(KeysFile);
        return command;
    }
}
