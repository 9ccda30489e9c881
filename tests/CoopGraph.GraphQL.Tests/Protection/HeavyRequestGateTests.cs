using System.Text;
using System.Text.Json;
using CoopGraph.GraphQL.Execution;
using CoopGraph.GraphQL.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.GraphQL.Tests.Protection;

public sealed class HeavyRequestGateTests
{
    private const string PageRank = "{ rank(algorithm: PAGERANK, first: 3) { score node { id } } }";
    private const string Betweenness = "{ rank(algorithm: BETWEENNESS, first: 3) { score node { id } } }";
    private const string Timeline = """{ timeline(from: "2023", to: "2023", first: 5) { date description } }""";

    [Fact]
    public async Task A_whole_graph_request_past_the_bound_is_refused_with_LIMIT_EXCEEDED_naming_the_limit()
    {
        var (api, holding, running) = await HoldAsync(PageRank, OneAtATime());
        await using var _ = api;

        foreach (var refused in new[] { Betweenness, Timeline, "{ rank(algorithm: DEGREE, first: 1) { score } }" })
        {
            var response = await api.ExecuteAsync(refused);
            Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(response));
            Assert.Contains("MaxConcurrentHeavy", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        holding.Release();
        Assert.Empty(JsonAssert.ErrorCodes(await running));
        Assert.Empty(JsonAssert.ErrorCodes(await api.ExecuteAsync(Betweenness)));
    }

    [Fact]
    public async Task Requests_that_start_from_given_entities_pass_while_the_bound_is_full()
    {
        var (api, holding, running) = await HoldAsync(PageRank, OneAtATime());
        await using var _ = api;

        Assert.Empty(JsonAssert.ErrorCodes(await api.ExecuteAsync("{ provinces { totalCount } }")));
        Assert.Empty(JsonAssert.ErrorCodes(await api.ExecuteAsync("""{ timeline(id: "province:quang-ninh") { date } }""")));
        holding.Release();
        await running;
    }

    [Fact]
    public async Task A_ranking_the_store_already_holds_passes_while_the_bound_is_full()
    {
        var (api, holding, running) = await HoldAsync(Timeline, OneAtATime(), before: PageRank);
        await using var _ = api;
        var computed = await api.ExecuteAsync(PageRank);
        Assert.Empty(JsonAssert.ErrorCodes(computed));

        Assert.Equal(computed.GetRawText(), (await api.ExecuteAsync(PageRank)).GetRawText());
        Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(await api.ExecuteAsync(Betweenness)));
        holding.Release();
        Assert.Empty(JsonAssert.ErrorCodes(await running));
    }

    [Fact]
    public async Task A_prepared_repeat_is_held_to_the_same_bound()
    {
        var settings = OneAtATime();
        settings["CoopGraph:Traversal:WholeGraphCacheEntries"] = "0";
        var (api, holding, running) = await HoldAsync(PageRank, settings, before: Betweenness);
        await using var _ = api;
        var prepared = api.Services.GetRequiredService<PreparedOperations>().Find(Betweenness, null);
        Assert.NotNull(prepared);

        using var output = new MemoryStream();
        await prepared.WriteResponseAsync(output, CancellationToken.None);
        Assert.Equal(["LIMIT_EXCEEDED"], JsonAssert.ErrorCodes(JsonDocument.Parse(Encoding.UTF8.GetString(output.ToArray())).RootElement));
        holding.Release();
        await running;
    }

    /// <summary>An API with <paramref name="held"/> running and held in its turn; <paramref name="before"/> runs to the end first.</summary>
    private static async Task<(GraphQLHarness Api, HoldingExecutor Holding, Task<JsonElement> Running)> HoldAsync(string held, Dictionary<string, string?> settings, string? before = null)
    {
        HoldingExecutor? holding = null;
        var api = await TestGraph.CreateAsync(settings, inner => holding = new HoldingExecutor(inner));
        if (before is not null)
        {
            Assert.Empty(JsonAssert.ErrorCodes(await api.ExecuteAsync(before)));
        }

        holding!.HoldNext();
        var running = Task.Run(() => api.ExecuteAsync(held));
        await holding.Entered;
        return (api, holding, running);
    }

    private static Dictionary<string, string?> OneAtATime() => new()
    {
        ["CoopGraph:Traversal:MaxConcurrentHeavy"] = "1",
        ["CoopGraph:Traversal:HeavyQueueTimeout"] = "00:00:00",
    };
}
