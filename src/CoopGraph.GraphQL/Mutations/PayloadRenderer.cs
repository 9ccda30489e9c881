using System.Text.Json;
using System.Text.Json.Nodes;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Execution;
using CoopGraph.GraphQL.Plans;
using CoopGraph.GraphQL.Schema;
using CoopGraph.GraphQL.Schema.Meanings;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace CoopGraph.GraphQL.Mutations;

/// <summary>
/// Writes a mutation's payload in the order of its selection. What was written is read back after the commit through
/// one plan (so a payload's entity answers every field a query could, with the store's own response writer); the
/// errors, deleted ids and change results come from the write itself.
/// </summary>
internal sealed class PayloadRenderer(ExecutionContext context, GraphModel model, ApiLimits limits, IPlanExecutor executor, FieldCollector collect)
{
    /// <summary>Separates a change result's field from its results field in a plan's root names, which are never GraphQL names.</summary>
    private const char ResultsSeparator = '\u0001';

    public async Task<JsonNode?> RenderAsync(string responseName, GraphQLField field, FieldType fieldType, ChangeSetReader read, IReadOnlyList<UserErrorInfo> errors)
    {
        var payloadType = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        var selected = collect(context, payloadType, field.SelectionSet).ToArray();
        var written = errors.Count == 0 ? read.Items : [];
        var lookups = Lookups(selected, written).ToArray();
        var rendered = lookups.Length == 0 ? null : await ReadBackAsync(responseName, lookups);

        var payload = new JsonObject();
        foreach (var (name, (sub, subType)) in selected)
        {
            payload[name] = sub.Name.Value.Span.SequenceEqual("__typename")
                ? payloadType.Name
                : FieldMeaning.Of<PayloadMeaning>(subType)!.Part switch
                {
                    PayloadPart.Entity or PayloadPart.Relationship => First(rendered, name),
                    PayloadPart.DeletedId => written.FirstOrDefault()?.Id,
                    PayloadPart.Results => Results(name, sub, subType, written, rendered),
                    _ => Errors(sub, subType, errors),
                };
        }

        return payload;
    }

    private IEnumerable<PayloadLookup> Lookups(KeyValuePair<string, (GraphQLField Field, FieldType FieldType)>[] selected, IReadOnlyList<ChangeItem> written)
    {
        foreach (var (name, (sub, subType)) in selected)
        {
            switch (FieldMeaning.Of(subType))
            {
                case PayloadMeaning { Part: PayloadPart.Entity }:
                    yield return new PayloadLookup(name, sub, subType, false, IdsOf(written, ChangeResultKind.Entity));
                    break;
                case PayloadMeaning { Part: PayloadPart.Relationship }:
                    yield return new PayloadLookup(name, sub, subType, true, IdsOf(written, ChangeResultKind.Relationship));
                    break;
                case PayloadMeaning { Part: PayloadPart.Results }:
                    var resultType = (IComplexGraphType)subType.ResolvedType!.GetNamedType();
                    foreach (var (inner, (resultField, resultFieldType)) in collect(context, resultType, sub.SelectionSet))
                    {
                        if (FieldMeaning.Of(resultFieldType) is PayloadMeaning { Part: PayloadPart.Entity or PayloadPart.Relationship } part)
                        {
                            var isRelationship = part.Part == PayloadPart.Relationship;
                            yield return new PayloadLookup(
                                name + ResultsSeparator + inner,
                                resultField,
                                resultFieldType,
                                isRelationship,
                                IdsOf(written, isRelationship ? ChangeResultKind.Relationship : ChangeResultKind.Entity));
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>One id per written change, aligned with the changes; a change of another kind looks up an id nothing has (null).</summary>
    private static string[] IdsOf(IReadOnlyList<ChangeItem> written, ChangeResultKind kind) =>
        written.Select(item => item.Kind == kind ? item.Id : string.Empty).ToArray();

    private async Task<JsonObject?> ReadBackAsync(string mutationName, PayloadLookup[] lookups)
    {
        var plan = new PlanBuilder(context, model, limits, collect, typeHints: false).BuildPayloadReads(lookups);
        await using var output = new ResponseOutput();
        await executor.ExecuteAsync(plan, output, context.CancellationToken);
        foreach (var failure in output.Failures)
        {
            context.Errors.Add(FieldErrors.ToExecutionError(failure with { Path = PayloadPath(mutationName, failure.Path) }, context.Document.Source));
        }

        if (output.DataIsNull)
        {
            return null;
        }

        using var document = JsonDocument.Parse(output.ToSequence());
        return JsonObject.Create(document.RootElement.Clone());
    }

    /// <summary>A failure's path in the read-back plan as its path in the response: under the mutation, without the lookup's list index.</summary>
    private static object[] PayloadPath(string mutationName, IReadOnlyList<object> path)
    {
        if (path.Count < 2 || path[0] is not string root)
        {
            return [mutationName, .. path];
        }

        var separator = root.IndexOf(ResultsSeparator, StringComparison.Ordinal);
        return separator < 0
            ? [mutationName, root, .. path.Skip(2)]
            : [mutationName, root[..separator], path[1], root[(separator + 1)..], .. path.Skip(2)];
    }

    private static JsonNode? First(JsonObject? rendered, string name) =>
        rendered?[name] is JsonArray { Count: > 0 } list ? list[0]?.DeepClone() : null;

    private JsonArray Results(string name, GraphQLField field, FieldType fieldType, IReadOnlyList<ChangeItem> written, JsonObject? rendered)
    {
        var resultType = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        var selected = collect(context, resultType, field.SelectionSet).ToArray();
        var results = new JsonArray();
        for (var i = 0; i < written.Count; i++)
        {
            var item = written[i];
            var result = new JsonObject();
            foreach (var (inner, (sub, subType)) in selected)
            {
                result[inner] = sub.Name.Value.Span.SequenceEqual("__typename")
                    ? resultType.Name
                    : FieldMeaning.Of<PayloadMeaning>(subType)!.Part switch
                    {
                        PayloadPart.Index => item.Index,
                        PayloadPart.Ref => item.Ref,
                        PayloadPart.Id => item.Id,
                        _ => rendered?[name + ResultsSeparator + inner] is JsonArray list && i < list.Count ? list[i]?.DeepClone() : null,
                    };
            }

            results.Add(result);
        }

        return results;
    }

    private JsonArray Errors(GraphQLField field, FieldType fieldType, IReadOnlyList<UserErrorInfo> errors)
    {
        var errorType = (IComplexGraphType)fieldType.ResolvedType!.GetNamedType();
        var selected = collect(context, errorType, field.SelectionSet).ToArray();
        var list = new JsonArray();
        foreach (var error in errors)
        {
            var item = new JsonObject();
            foreach (var (name, (sub, _)) in selected)
            {
                item[name] = sub.Name.StringValue switch
                {
                    "__typename" => errorType.Name,
                    "code" => error.Code,
                    "message" => error.Message,
                    _ => new JsonArray([.. error.Path.Select(p => (JsonNode?)JsonValue.Create(p))]),
                };
            }

            list.Add(item);
        }

        return list;
    }
}
