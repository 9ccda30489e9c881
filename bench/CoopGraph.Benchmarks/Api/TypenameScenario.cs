using System.Diagnostics;
using System.Globalization;
using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Storage.Embedded;
using GraphQL.Types;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// <c>api-typename [iterations]</c>: the in-process cost of <c>{ __typename }</c> through the public API
/// (document cache, limits, plan execution, serialization), against a bare graphql-dotnet schema
/// answering the same query in the same run. Splits the HTTP benchmark's engine share from its transport share.
/// </summary>
internal sealed class TypenameScenario : IBenchScenario
{
    public string Name => "api-typename";

    public string Description => "{ __typename } in process: the API's pipeline vs a bare graphql-dotnet schema";

    public async Task<int> RunAsync(string[] args)
    {
        var iterations = args is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 200_000;
        var model = ModelCompiler.CompileDirectory(Path.Combine(RepositoryRoot(), "schema")).Model!;
        await using var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = ":memory:" });
        var (api, services) = PlanApi.Create(store);
        await using var _ = services;
        var bareQuery = new ObjectGraphType { Name = "Query" };
        bareQuery.Field<StringGraphType>("hello").Resolve(_ => "world");
        using var bare = GraphQLRunner.ForSchema(new Schema { Query = bareQuery });

        for (var round = 0; round < 3; round++)
        {
            var control = await TimeAsync(bare, iterations);
            var pipeline = await TimeAsync(api, iterations);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: bare graphql-dotnet {control:0.00} µs, CoopGraph API {pipeline:0.00} µs per request, ratio {pipeline / control:0.00}"));
        }

        api.Dispose();
        return 0;
    }

    private static async Task<double> TimeAsync(GraphQLRunner runner, int iterations)
    {
        for (var i = 0; i < iterations / 10; i++)
        {
            await runner.RunAsync("{ __typename }");
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await runner.RunAsync("{ __typename }");
        }

        return watch.Elapsed.TotalMicroseconds / iterations;
    }

    private static string RepositoryRoot() => BenchRepository.Root;
}
