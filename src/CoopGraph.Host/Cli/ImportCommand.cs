using System.CommandLine;
using CoopGraph.Seed;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph import &lt;files...&gt;</c>: imports seed files (or seed folders) into the store, all checked before anything is written.</summary>
internal sealed class ImportCommand : ICliCommand
{
    private static readonly Argument<string[]> Paths = new("files")
    {
        Description = "Seed files (*.jsonl), or one seed folder with nodes/ and relationships/.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Command Create()
    {
        var command = new Command("import", "Import seed files into the store.") { Paths };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var tool = ToolContext.Create(parseResult);
            var paths = parseResult.GetValue(Paths)!;
            if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
            {
                tool.Error.WriteLine($"{missing}: no such file or folder.");
                return ExitCodes.InvalidInput;
            }

            if (paths.Length == 1 && Directory.Exists(paths[0]))
            {
                return await ImportAsync(tool, (importer, progress) => importer.ImportFolderAsync(paths[0], progress: progress, cancellationToken: cancellationToken), cancellationToken);
            }

            if (paths.FirstOrDefault(Directory.Exists) is { } folder)
            {
                tool.Error.WriteLine($"{folder}: give either one seed folder or seed files, not both.");
                return ExitCodes.InvalidInput;
            }

            return await ImportAsync(tool, (importer, progress) => importer.ImportFilesAsync(paths, progress: progress, cancellationToken: cancellationToken), cancellationToken);
        });
        return command;
    }

    /// <summary>Opens the store, runs the import with a progress bar, and reports what it did.</summary>
    internal static async Task<int> ImportAsync(
        ToolContext tool,
        Func<SeedImporter, IProgress<ImportProgress>, Task<SeedImportResult>> import,
        CancellationToken cancellationToken)
    {
        var model = tool.LoadModel();
        await using var store = await tool.OpenStoreAsync(model, cancellationToken);
        var importer = new SeedImporter(store, tool.LoggerFactory.CreateLogger<SeedImporter>());
        var result = await ConsoleProgress.RunAsync(tool.Console, "Importing", task => import(importer, ConsoleProgress.ForImport(task)));
        return ImportReport.Write(tool.Console, tool.Output, tool.Error, result);
    }
}
