using CoopGraph.GraphQL.DependencyInjection;
using CoopGraph.Planning;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Benchmarks.Api;

/// <summary>The public API as the host composes it: the generated schema, plan execution on the embedded store, the document cache, limits.</summary>
internal static class PlanApi
{
    public static (GraphQLRunner Runner, ServiceProvider Services) Create(EmbeddedGraphStore store, Func<IPlanExecutor, IPlanExecutor>? wrap = null)
    {
        IPlanExecutor executor = new EmbeddedPlanExecutor(store);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(store.Model)
            .AddSingleton(wrap is null ? executor : wrap(executor))
            .AddCoopGraphGraphQL(new ConfigurationBuilder().Build())
            .BuildServiceProvider();
        var runner = new GraphQLRunner(
            services.GetRequiredService<IDocumentExecuter<ISchema>>(),
            null,
            services.GetRequiredService<IGraphQLSerializer>(),
            services);
        return (runner, services);
    }
}
