using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Plans;
using CoopGraph.GraphQL.Schema;
using CoopGraph.Planning;
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
/// rendered JSON to the response writer. Operations that also ask for introspection run
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

        var builder = new PlanBuilder(context, model, limits.Value, Collect, typeHints: introspection);
        var plan = builder.Build(dataFields);
        if (builder.Errors.Count > 0)
        {
            foreach (var error in builder.Errors)
            {
                context.Errors.Add(error);
            }

            return new ExecutionResult { Executed = true };
        }

        if (context.UserContext.TryGetValue(ExplainOnlyKey, out var explainOnly) && explainOnly is true)
        {
            context.OutputExtensions["plan"] = plan.ToString();
            return new ExecutionResult { Executed = true, Extensions = context.OutputExtensions };
        }

        if (limits.Value.Explain && context.InputExtensions.TryGetValue(ExplainExtension, out var explain) && explain is true)
        {
            context.OutputExtensions["plan"] = plan.ToString();
        }

        var rendered = await RenderAsync(plan, context.CancellationToken);
        if (!introspection)
        {
            if (context.Operation.Variables is not { Items.Count: > 0 } && context.ExecutionOptions.Query is { } query && context.OutputExtensions.Count == 0)
            {
                prepared.Remember(query, context.ExecutionOptions.OperationName, plan);
            }

            return new ExecutionResult
            {
                Executed = true,
                Data = new RenderedJson(rendered),
                Extensions = context.OutputExtensions.Count > 0 ? context.OutputExtensions : null,
            };
        }

        // A clone outlives the document: graphql-dotnet serializes the values after this method returns.
        using (var document = JsonDocument.Parse(rendered))
        {
            context.UserContext[FallbackDataKey] = document.RootElement.Clone();
        }

        return await base.ExecuteAsync(context);
    }

    private async Task<ReadOnlySequence<byte>> RenderAsync(OperationPlan plan, CancellationToken cancellationToken)
    {
        var buffer = new SegmentedBufferWriter();
        await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            await gate.ExecuteAsync(executor, plan, writer, cancellationToken);
        }

        return buffer.ToSequence();
    }

    private IEnumerable<KeyValuePair<string, (GraphQLField Field, FieldType FieldType)>> Collect(
        ExecutionContext context,
        IGraphType type,
        GraphQLSelectionSet? selectionSet) =>
        selectionSet is null ? [] : CollectFieldsFrom(context, type, selectionSet, null);
}
