using System.Text.Json;
using CoopGraph.GraphQL.Execution;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Schema;

/// <summary>
/// Resolves a field from data a plan already rendered, by response name. Used only when
/// graphql-dotnet executes an operation itself (introspection mixed with data): the plan
/// renders the data fields, and these resolvers hand graphql-dotnet the values.
/// </summary>
internal sealed class RenderedDataResolver : IFieldResolver
{
    public static RenderedDataResolver Instance { get; } = new();

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var source = context.Source is JsonElement element
            ? element
            : context.UserContext.TryGetValue(PlanExecutionStrategy.FallbackDataKey, out var data) && data is JsonElement root ? root : default;
        var key = context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue;
        return source.ValueKind == JsonValueKind.Object && source.TryGetProperty(key, out var value)
            ? new ValueTask<object?>(Convert(value, context.FieldDefinition.ResolvedType!))
            : new ValueTask<object?>((object?)null);
    }

    private static object? Convert(JsonElement value, IGraphType type)
    {
        var named = type.GetNamedType();
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array && named.Name != "JSON")
        {
            var element = type is NonNullGraphType nonNull ? ((ListGraphType)nonNull.ResolvedType!).ResolvedType! : ((ListGraphType)type).ResolvedType!;
            return value.EnumerateArray().Select(v => Convert(v, element)).ToList();
        }

        return named switch
        {
            IntGraphType => value.GetInt64(),
            FloatGraphType => value.GetDouble(),
            BooleanGraphType => value.GetBoolean(),
            StringGraphType or IdGraphType or EnumerationGraphType => value.GetString(),
            ScalarGraphType { Name: "PartialDate" } => value.GetString(),
            _ => value,
        };
    }
}
