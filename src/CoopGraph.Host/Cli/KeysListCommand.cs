using System.CommandLine;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph keys list</c>: every key the server would accept, by name, roles and where it is configured; never a hash.</summary>
internal static class KeysListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "List the API keys the server accepts: names, roles and where each is configured.");
        command.SetAction(parseResult =>
        {
            using var tool = ToolContext.Create(parseResult);
            if (KeysFiles.Load(tool, parseResult) is not { } loaded)
            {
                return ExitCodes.InvalidSettings;
            }

            var (file, keys) = loaded;

            if (keys.Count == 0)
            {
                tool.Output.WriteLine($"No API keys are configured (the keys file {file} holds none).");
            }

            foreach (var key in keys)
            {
                tool.Output.WriteLine($"{key.Name}\t{(key.Roles.Count == 0 ? "(no roles)" : string.Join(",", key.Roles))}\t{key.Source}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
