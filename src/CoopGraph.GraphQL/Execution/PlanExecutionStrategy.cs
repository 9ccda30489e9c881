using System.Buffers;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Plans;
using CoopGraph.GraphQL.Schema;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// Runs a query as one plan: graphql-dotnet has parsed, validated and coerced it; this reads
/// the selection into a plan, lets the store run the whole plan in one pass and hands the
/// rendered JSON, and the field errors met on the way, to the response writer. Operations that also ask for introspection run
/// through graphql-dotnet's own execution, with the data fields read from a rendered plan.
/// </summary>
internal sealed class PlanExecutionStrategy(GraphModel model, IOptions<ApiLimits> limits, IPlanExecutor executor, HeavyRequestGate gate, PreparedOperations prepared) : ParallelExecutionStrategy
{
    public const string FallbackDataKey = "coopgraph.fallback-data";
    public const string ExplainExtension = "explain";

    /// <summary>User-context key: plan the operation and return its printed plan without running it.</summary>
    public const string ExplainOnlyKey = "coopgraph.explain-only";

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var rootType = GetOperationRootType(context);
        var rootFields = CollectFieldsFrom(context, rootType, context.Operation.SelectionSet, null);
        var introspection = rootFields.Values.Any(f => f.field.Name.Value.Span is "__schema" or "__type");
        var dataFields = introspection
            ? rootFields.Where(f => f.Value.field.Name.Value.Span is not ("__schema" or "__type" or "__typename")).ToArray()
            : rootFields.ToArray();

        var plan = new PlanBuilder(context, model, limits.Value, Collect, typeHints: introspection).Build(dataFields);
        if (context.UserContext.TryGetValue(ExplainOnlyKey, out var explainOnly) && explainOnly is true)
        {
            context.OutputExtensions["plan"] = plan.ToString();
            return new ExecutionResult { Executed = true, Extensions = context.OutputExtensions };
        }

        if (limits.Value.Explain && context.InputExtensions.TryGetValue(ExplainExtension, out var explain) && explain is true)
        {
            context.OutputExtensions["plan"] = plan.ToString();
        }

        // The buffer outlives the output's writer: graphql-dotnet serializes the data after this method returns.
        var output = new ResponseOutput();
        ReadOnlySequence<byte> rendered;
        await using (output)
        {
            await gate.ExecuteAsync(executor, plan, output, context.CancellationToken);
            rendered = output.ToSequence();
        }

        foreach (var failure in output.Failures)
        {
            context.Errors.Add(FieldErrors.ToExecutionError(failure, context.Document.Source));
        }

        if (!introspection)
        {
            if (output.Failures.Count == 0 && context.Operation.Variables is not { Items.Count: > 0 } && context.ExecutionOptions.Query is { } query && context.OutputExtensions.Count == 0)
            {
                prepared.Remember(query, context.ExecutionOptions.OperationName, plan);
            }

            return new ExecutionResult
            {
                Executed = true,
                Data = output.DataIsNull ? null : new RenderedJson(rendered),
                Extensions = context.OutputExtensions.Count > 0 ? context.OutputExtensions : null,
            };
        }

        if (output.DataIsNull)
        {
            return new ExecutionResult { Executed = true, Extensions = context.OutputExtensions.Count > 0 ? context.OutputExtensions : null };
        }

        // A clone outlives the document: graphql-dotnet serializes the values after this method returns.
        using (var document = JsonDocument.Parse(rendered))
        {
            context.UserContext[FallbackDataKey] = document.RootElement.Clone();
        }

        return await base.ExecuteAsync(context);
    }

    private IEnumerable<KeyValuePair<string, (GraphQLField Field, FieldType FieldType)>> Collect(
        ExecutionContext context,
        IGraphType type,
        GraphQLSelectionSet? selectionSet) =>
        selectionSet is null ? [] : CollectFieldsFrom(context, type, selectionSet, null);
}
