using System.CommandLine;
using CoopGraph.Seed;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph export &lt;dir&gt;</c>: writes the store as a seed folder that imports back to the same graph.</summary>
internal sealed class ExportCommand : ICliCommand
{
    private static readonly Argument<string> Folder = new("dir") { Description = "The folder to write nodes/ and relationships/ into." };

    public Command Create()
    {
        var command = new Command("export", "Export the store as seed files.") { Folder };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var tool = ToolContext.Create(parseResult);
            var folder = Path.GetFullPath(parseResult.GetValue(Folder)!);
            var model = tool.LoadModel();
            await using var store = await tool.OpenStoreAsync(model, cancellationToken, readOnly: true);
            var exporter = new SeedExporter(store, tool.LoggerFactory.CreateLogger<SeedExporter>());
            var files = await ConsoleProgress.RunAsync(tool.Console, "Exporting", task => exporter.ExportAsync(folder, ConsoleProgress.ForExport(task), cancellationToken));
            tool.Output.WriteLine($"Exported {files.Sum(f => f.Count)} lines in {files.Count} files to {folder}.");
            return ExitCodes.Success;
        });
        return command;
    }
}
