using System.CommandLine;
using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Host.Hosting;
using CoopGraph.Seed;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph validate [files...]</c>: checks the type definitions and the seed files without touching the store.</summary>
internal sealed class ValidateCommand : ICliCommand
{
    private static readonly Argument<string[]> Files = new("files")
    {
        Description = "Seed files to check (default: the whole seed folder).",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Command Create()
    {
        var command = new Command("validate", "Check the type definitions and the seed files; exit code 1 when anything is wrong.") { Files };
        command.SetAction(parseResult =>
        {
            using var tool = ToolContext.Create(parseResult);
            var schemaFolder = GraphModelLoader.FindSchemaFolder(tool.Options);
            var compilation = ModelCompiler.CompileDirectory(schemaFolder);
            if (!compilation.Succeeded)
            {
                foreach (var error in compilation.Errors)
                {
                    tool.Error.WriteLine(error.ToString());
                }

                tool.Error.WriteLine($"{compilation.Errors.Count} problems in the type definitions in {schemaFolder}.");
                return ExitCodes.InvalidInput;
            }

            var model = compilation.Model!;
            tool.Output.WriteLine($"Type definitions in {schemaFolder}: {model.Labels.Count} labels, {model.RelationshipTypes.Count} relationship types.");
            var files = parseResult.GetValue(Files) ?? [];
            var folder = files.Length == 0 ? StoreSeeding.FindSeedFolder(tool.Options) : null;
            if (files.Length == 0 && folder is null)
            {
                tool.Error.WriteLine("No seed folder was found; give --seed-dir or seed files.");
                return ExitCodes.InvalidInput;
            }

            var problems = folder is not null ? SeedValidator.ValidateFolder(model, folder) : SeedValidator.ValidateFiles(model, files);
            if (problems.Count > 0)
            {
                SeedProblems.Write(tool.Error, problems);
                return ExitCodes.InvalidInput;
            }

            tool.Output.WriteLine($"Seed {(folder is not null ? "in " + folder : $"files ({files.Length})")}: valid.");
            return ExitCodes.Success;
        });
        return command;
    }
}
