using System.CommandLine;
using CoopGraph.Seed.Synthetic;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Host.Cli;

/// <summary><c>coopgraph generate --nodes N --relationships M --seed S</c>: writes a synthetic, model-valid graph into the store.</summary>
internal sealed class GenerateCommand : ICliCommand
{
    private static readonly Option<int> Nodes = new("--nodes") { Description = "Nodes to generate, spread over the labels.", Required = true };

    private static readonly Option<int> Relationships = new("--relationships") { Description = "Relationships to generate, with power-law degrees.", Required = true };

    private static readonly Option<int> Seed = new("--seed") { Description = "Random seed; the same seed gives the same graph (default 42).", DefaultValueFactory = _ => 42 };

    public Command Create()
    {
        var command = new Command("generate", "Write a synthetic graph into the store, for load and benchmark runs.") { Nodes, Relationships, Seed };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var tool = ToolContext.Create(parseResult);
            var nodes = parseResult.GetValue(Nodes);
            var relationships = parseResult.GetValue(Relationships);
            if (nodes < 1 || relationships < 0)
            {
                tool.Error.WriteLine("--nodes must be at least 1 and --relationships at least 0.");
                return ExitCodes.InvalidInput;
            }

            var model = tool.LoadModel();
            await using var store = await tool.OpenStoreAsync(model, cancellationToken);
            var generator = new SyntheticGraphGenerator(model, new SyntheticGraphOptions(nodes, relationships, parseResult.GetValue(Seed)));
            try
            {
                var written = await ConsoleProgress.RunAsync(tool.Console, "Generating", async task =>
                {
                    task.MaxValue = nodes + relationships;
                    var count = 0;
                    foreach (var batch in generator.Generate())
                    {
                        await store.WriteAsync(batch, cancellationToken);
                        count += batch.Count;
                        task.Value = Math.Min(count, task.MaxValue);
                    }

                    return count;
                });
                tool.Output.WriteLine($"Wrote {written} nodes and relationships to {Path.GetFullPath(tool.Options.DataPath)}.");
                return ExitCodes.Success;
            }
            catch (GraphWriteException e)
            {
                tool.Error.WriteLine("The store refused the generated graph: " + e.Message);
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }
}
