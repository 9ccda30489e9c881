using System.CommandLine;
using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.GraphQL.Execution;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;

namespace CoopGraph.Host.Cli;

/// <summary>
/// <c>coopgraph explain '&lt;operation&gt;'</c>: prints the plan a request would run, without a store
/// (planning needs only the type definitions).
/// </summary>
internal sealed class ExplainCommand : ICliCommand
{
    private static readonly Argument<string> Operation = new("operation") { Description = "The GraphQL operation to plan." };

    private static readonly Option<string?> Variables = new("--variables") { Description = "The operation's variables as a JSON object." };

    private static readonly Option<string?> OperationName = new("--operation-name") { Description = "Which operation of the document to plan." };

    public Command Create()
    {
        var command = new Command("explain", "Print the plan of a GraphQL operation without running it.") { Operation, Variables, OperationName };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var tool = ToolContext.Create(parseResult);
            await using var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton(tool.LoadModel())
                .AddSingleton<IPlanExecutor, PlansAreNotRun>()
                .AddCoopGraphGraphQL(tool.Configuration)
                .BuildServiceProvider();
            var explanation = await services.GetRequiredService<PlanExplainer>().ExplainAsync(
                parseResult.GetValue(Operation)!,
                parseResult.GetValue(Variables),
                parseResult.GetValue(OperationName),
                cancellationToken);
            foreach (var error in explanation.Errors)
            {
                tool.Error.WriteLine(error);
            }

            if (!explanation.Succeeded)
            {
                return ExitCodes.InvalidInput;
            }

            tool.Output.Write(explanation.Plan);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Explaining stops after planning; a plan reaching this executor would be a bug.</summary>
    private sealed class PlansAreNotRun : IPlanExecutor
    {
        public ValueTask ExecuteAsync(OperationPlan plan, ResponseOutput output, CancellationToken cancellationToken) =>
            throw new PlanExecutionException("INTERNAL", "explain plans operations; it does not run them.");
    }
}
