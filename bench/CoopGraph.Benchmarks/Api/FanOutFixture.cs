using CoopGraph.Benchmarks.Store;
using CoopGraph.Planning;
using CoopGraph.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// The store and the three paths over the same data: the plan (the public API), the control
/// (per-field execution over plain objects) and the N+1 control (per-field execution reading the
/// store per parent). <see cref="VerifyAsync"/> checks the three responses are byte for byte the same.
/// </summary>
internal sealed class FanOutFixture : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private FanOutFixture(EmbeddedGraphStore store, GraphQLRunner plan, ServiceProvider services, GraphQLRunner poco, GraphQLRunner naive)
    {
        Store = store;
        Plan = plan;
        _services = services;
        Poco = poco;
        Naive = naive;
    }

    public EmbeddedGraphStore Store { get; }

    public GraphQLRunner Plan { get; }

    public GraphQLRunner Poco { get; }

    public GraphQLRunner Naive { get; }

    public static async Task<FanOutFixture> CreateAsync(Func<IPlanExecutor, IPlanExecutor>? wrap = null)
    {
        var store = await FanOutGraph.BuildAsync(StoreBenchData.LoadModel());
        var (plan, services) = PlanApi.Create(store, wrap);
        var poco = GraphQLRunner.ForSchema(FanOutSchema.Build(new PocoSource(PocoData.Provinces(store))));
        var naive = GraphQLRunner.ForSchema(FanOutSchema.Build(new NaiveStoreSource(store)));
        return new FanOutFixture(store, plan, services, poco, naive);
    }

    /// <summary>Runs each path once; returns the resolved field count and response size, or throws when the responses differ.</summary>
    public async Task<(int Fields, int Bytes)> VerifyAsync()
    {
        await Plan.RunAsync(FanOutQuery.Text);
        var expected = Plan.LastResponse();
        foreach (var (name, runner) in new[] { ("control", Poco), ("N+1 control", Naive) })
        {
            await runner.RunAsync(FanOutQuery.Text);
            if (!runner.LastResponse().AsSpan().SequenceEqual(expected))
            {
                throw new InvalidOperationException(
                    $"The {name} answered differently from the plan:\n{System.Text.Encoding.UTF8.GetString(runner.LastResponse()[..Math.Min(600, runner.LastResponse().Length)])}\nplan:\n{System.Text.Encoding.UTF8.GetString(expected[..Math.Min(600, expected.Length)])}");
            }
        }

        return (FanOutQuery.CountFields(expected), expected.Length);
    }

    public async ValueTask DisposeAsync()
    {
        Plan.Dispose();
        Poco.Dispose();
        Naive.Dispose();
        await _services.DisposeAsync();
        await Store.DisposeAsync();
    }
}
