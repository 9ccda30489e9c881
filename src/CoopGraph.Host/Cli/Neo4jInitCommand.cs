using System.CommandLine;
using CoopGraph.Storage.Neo4j;
using CoopGraph.Storage.Neo4j.Bootstrap;

namespace CoopGraph.Host.Cli;

/// <summary>
/// <c>coopgraph neo4j init</c>: creates the uniqueness constraints, indexes and the full-text index the
/// model asks for (<c>IF NOT EXISTS</c>, so running it again changes nothing). The server also applies them
/// when it starts on Neo4j; this command lets an operator do it ahead of time.
/// </summary>
internal sealed class Neo4jInitCommand : ICliCommand
{
    public Command Create()
    {
        var init = new Command("init", "Create the constraints and indexes of the model in the configured Neo4j database.")
        {
            // Settings such as --CoopGraph:Neo4j:Uri=http://host:7474 pass through to configuration.
            TreatUnmatchedTokensAsErrors = false,
        };
        init.SetAction(async (parseResult, cancellationToken) =>
        {
            using var tool = ToolContext.Create(parseResult);
            var model = tool.LoadModel();
            var options = tool.Options.Neo4j;
            options.ApplyEnvironmentVariables();
            var problems = options.Problems();
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    tool.Error.WriteLine(problem);
                }

                return ExitCodes.InvalidInput;
            }

            await using var store = Neo4jGraphStore.Create(model, options);
            try
            {
                var applied = await Neo4jSchemaBootstrap.ApplyAsync(store.Client, model, cancellationToken);
                tool.Output.WriteLine($"{applied} constraint and index statements applied to {options.Uri} (database {options.Database}).");
                return ExitCodes.Success;
            }
            catch (StoreUnavailableException e)
            {
                tool.Error.WriteLine($"STORE_UNAVAILABLE: {e.Message}");
                return ExitCodes.StoreUnavailable;
            }
        });
        return new Command("neo4j", "Tools for the Neo4j store.") { init };
    }
}
