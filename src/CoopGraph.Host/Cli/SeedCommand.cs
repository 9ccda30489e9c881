using System.CommandLine;
using CoopGraph.Host.Hosting;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph seed</c>: imports the seed folder into the store; importing it again changes nothing.</summary>
internal sealed class SeedCommand : ICliCommand
{
    public Command Create()
    {
        var command = new Command("seed", "Import the seed folder into the store (idempotent).");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var tool = ToolContext.Create(parseResult);
            if (StoreSeeding.FindSeedFolder(tool.Options) is not { } folder)
            {
                tool.Error.WriteLine("No seed folder was found; give --seed-dir.");
                return ExitCodes.InvalidInput;
            }

            return await ImportCommand.ImportAsync(tool, (importer, progress) => importer.ImportFolderAsync(folder, progress: progress, cancellationToken: cancellationToken), cancellationToken);
        });
        return command;
    }
}
