using System.Text.Encodings.Web;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.GraphQL.Errors;
using CoopGraph.GraphQL.Execution;
using CoopGraph.GraphQL.Schema;
using CoopGraph.GraphQL.Validation;
using CoopGraph.Planning;
using CoopGraph.Planning.Traversals;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopGraph.GraphQL.DependencyInjection;

public static class GraphQLServiceCollectionExtensions
{
    public const string LimitsSection = "CoopGraph:Api";

    /// <summary>
    /// The GraphQL API: the schema generated from the <see cref="GraphModel"/> in DI, plan
    /// execution on the <see cref="IPlanExecutor"/> in DI, limits from <c>CoopGraph:Api</c>,
    /// errors with contract codes, a document cache.
    /// </summary>
    public static IServiceCollection AddCoopGraphGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LimitsSection);
        var limits = section.Get<ApiLimits>() ?? new ApiLimits();
        services.AddOptions<ApiLimits>().Bind(section);
        services.AddOptions<TraversalLimits>().Bind(configuration.GetSection(TraversalLimits.Section));
        services.AddSingleton<HeavyRequestGate>();
        services.AddSingleton<PlanExplainer>();
        services.AddSingleton<PreparedOperations>();
        services.AddGraphQL(b =>
        {
            b.AddSchema(sp => LargeStack.Run(() =>
                {
                    var schema = new ApiSchemaBuilder(sp.GetRequiredService<GraphModel>(), limits).Build();
                    schema.Initialize();
                    return schema;
                }))
                .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
                .AddExecutionStrategy<PlanExecutionStrategy>(OperationType.Query)
                .AddExecutionStrategy<MutationExecutionStrategy>(OperationType.Mutation)
                .AddComplexityAnalyzer(c =>
                {
                    c.MaxDepth = limits.MaxDepth;
                    c.MaxComplexity = limits.MaxCost;
                    c.DefaultListImpactMultiplier = limits.DefaultPageSize;
                })
                .AddValidationRule<AliasLimitRule>()
                .AddValidationRule<QueryOnlyOverGetRule>(useForCachedDocuments: true)
                .AddErrorInfoProvider<ContractErrorInfoProvider>()
                .AddUnhandledExceptionHandler(MaskUnhandled)
                .ConfigureExecution<DocumentCache>()
                .WithTimeout(limits.RequestTimeout);
            if (!limits.Introspection)
            {
                b.AddValidationRule<NoIntrospectionValidationRule>(useForCachedDocuments: true);
            }
        });
        return services;
    }

    /// <summary>Turns an exception into a contract error; anything unexpected is logged and masked.</summary>
    private static void MaskUnhandled(UnhandledExceptionContext context)
    {
        switch (context.OriginalException)
        {
            case PlanExecutionException plan:
                context.Exception = new ExecutionError(plan.Message) { Code = plan.Code };
                break;
            case OperationCanceledException or TimeoutException:
                context.Exception = new ExecutionError("The request was cancelled or ran past its time limit (limit RequestTimeout).") { Code = "LIMIT_EXCEEDED" };
                break;
            default:
                var logger = context.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("CoopGraph.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error while executing a GraphQL request.");
                context.Exception = new ExecutionError("Internal server error.") { Code = "INTERNAL" };
                break;
        }
    }
}
