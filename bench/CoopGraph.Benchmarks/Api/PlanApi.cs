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
    /// <param name="settings">Configuration as the host would read it (e.g. <c>CoopGraph:Traversal:MaxConcurrentHeavy</c>).</param>
    public static (GraphQLRunner Runner, ServiceProvider Services) Create(EmbeddedGraphStore store, Func<IPlanExecutor, IPlanExecutor>? wrap = null, IDictionary<string, string?>? settings = null)
    {
        IPlanExecutor executor = new EmbeddedPlanExecutor(store);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(store.Model)
            .AddSingleton(wrap is null ? executor : wrap(executor))
            .AddCoopGraphGraphQL(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build())
            .BuildServiceProvider();
        return (Runner(services), services);
    }

    /// <summary>Another runner over the same API: one per concurrent caller, as each keeps its own response buffer.</summary>
    public static GraphQLRunner Runner(IServiceProvider services) => new(
        services.GetRequiredService<IDocumentExecuter<ISchema>>(),
        null,
        services.GetRequiredService<IGraphQLSerializer>(),
        services);
}
