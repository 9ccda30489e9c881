using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Mutations;
using CoopGraph.GraphQL.Schema;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CoopGraph.GraphQL.Execution;

/// <summary>
/// Runs a mutation operation's fields one after another, as the spec asks: each field is one batch, written all or
/// nothing and acknowledged once durable, then its payload is rendered from the written state. A later field sees
/// what an earlier one wrote. The model's refusals go into the payload's errors; only request-level problems
/// (the store refusing all writes, a cancelled request) become top-level errors.
/// </summary>
internal sealed class MutationExecutionStrategy(GraphModel model, IOptions<ApiLimits> limits, IPlanExecutor executor, IServiceProvider services) : SerialExecutionStrategy
{
    /// <summary>Who a write is stamped with when the request carries no name (only where auth is not configured, e.g. in-process tools).</summary>
    public const string AnonymousActor = "anonymous";

    // Text as it is, as the query path writes it: a response is JSON for clients, never embedded in HTML.
    private static readonly JsonSerializerOptions DataOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        var rootType = GetOperationRootType(context);
        var rootFields = CollectFieldsFrom(context, rootType, context.Operation.SelectionSet, null);
        var store = services.GetService<IGraphStore>()
            ?? throw new PlanExecutionException("INTERNAL", "This server has no store that takes writes.");
        var actor = Security.Roles.ActorName(context.User) is { Length: > 0 } name ? name : AnonymousActor;
        var renderer = new PayloadRenderer(context, model, limits.Value, executor, Collect);
        var idempotent = context.UserContext.TryGetValue(IdempotentRequest.UserContextKey, out var value) ? value as IdempotentRequest : null;
        var data = new JsonObject();
        var ordinal = 0;
        foreach (var (responseName, (field, fieldType)) in rootFields)
        {
            if (field.Name.Value.Span.SequenceEqual("__typename"))
            {
                data[responseName] = rootType.Name;
                continue;
            }

            var read = new ChangeSetReader(model);
            var arguments = ExecutionHelper.GetArguments(fieldType.Arguments, field.Arguments, context.Variables, context.Document, field, null);
            MutationArguments.Read(FieldMeaning.Of<MutationMeaning>(fieldType)!, arguments?.ToDictionary(a => a.Key, a => a.Value.Value) ?? [], read);
            var mark = idempotent is null ? null : new IdempotencyMark(idempotent.Key, ordinal, idempotent.RequestHash) { NotBefore = idempotent.NotBefore };
            ordinal++;
            var errors = await MutationWriter.WriteAsync(store, read, actor, mark, context.CancellationToken);
            idempotent?.Wrote = true;
            data[responseName] = await renderer.RenderAsync(responseName, field, fieldType, read, errors);
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(data, DataOptions);
        return new ExecutionResult { Executed = true, Data = new RenderedJson(new ReadOnlySequence<byte>(bytes)) };
    }

    private IEnumerable<KeyValuePair<string, (GraphQLField Field, FieldType FieldType)>> Collect(
        ExecutionContext context,
        IGraphType type,
        GraphQLSelectionSet? selectionSet) =>
        selectionSet is null ? [] : CollectFieldsFrom(context, type, selectionSet, null);
}
