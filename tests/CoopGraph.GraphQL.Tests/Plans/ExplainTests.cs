using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace CoopGraph.GraphQL.Tests.Plans;

/// <summary>One plan per operation, printed: the plan of each shape is a snapshot, so a change to planning shows in review.</summary>
public sealed class ExplainTests
{
    private static async Task<string> PlanOf(string query)
    {
        await using var api = await TestGraph.CreateAsync();
        var response = await api.ExecuteAsync(query, extensions: new Dictionary<string, object?> { ["explain"] = true });
        Assert.True(response.TryGetProperty("extensions", out var extensions), response.GetRawText());
        return extensions.GetProperty("plan").GetString()!;
    }

    [Fact]
    public async Task Connection_with_filter_order_and_nested_relationships() => Snapshot.Match(await PlanOf("""
        {
          provinces(where: { name: { icontains: "quang" }, partners: { some: { kind: { eq: PREFECTURE } } } }, order: [{ country: { name: ASC } }, { partnersCount: DESC }], first: 10) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id name country { name } partners(where: { edge: { since: { gte: "2017" } } }, first: 5) { edges { properties { since } node { id } } } } }
          }
        }
        """));

    [Fact]
    public async Task Lookups_generic_view_and_search() => Snapshot.Match(await PlanOf("""
        {
          node(id: "country:japan") { id ... on Country { isoCode } }
          nodes(ids: ["province:hokkaido"]) { id }
          province(id: "province:quang-ninh") { relationships(types: ["PARTNER_OF"]) { id type end { id } } neighbours(labels: ["Province"]) { displayName } sources { quote source { title } } }
          search(text: "Hokkaidō", first: 5) { score node { id } }
        }
        """));

    [Fact]
    public async Task Exclusions_and_the_model() => Snapshot.Match(await PlanOf("""
        {
          model { labels { name } types { __typename name from to } }
          shortestPath(from: "province:nagasaki", to: "province:hokkaido", excludeTypes: ["IN_COUNTRY", "LOCATED_IN"], labels: ["Province", "Country", "Agreement"], excludeLabels: ["Country"]) { length }
          province(id: "province:quang-ninh") { neighbours(types: ["PARTNER_OF", "PARTY_TO"], excludeTypes: ["PARTY_TO"], excludeLabels: ["Agreement"]) { id } }
        }
        """));

    [Fact]
    public async Task Explain_is_off_when_configuration_says_so()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:Explain"] = "false" });
        var response = await api.ExecuteAsync("{ provinces { totalCount } }", extensions: new Dictionary<string, object?> { ["explain"] = true });
        Assert.False(response.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task The_explainer_prints_a_plan_without_running_it()
    {
        await using var api = await TestGraph.CreateAsync();
        var explanation = await api.Services.GetRequiredService<PlanExplainer>().ExplainAsync("query($n: String) { provinces(where: { name: { eq: $n } }) { totalCount } }", """{"n":"Nagasaki"}""");
        Assert.True(explanation.Succeeded, string.Join("; ", explanation.Errors));
        Assert.Contains("name Eq \"Nagasaki\"", explanation.Plan, StringComparison.Ordinal);

        var failed = await api.Services.GetRequiredService<PlanExplainer>().ExplainAsync("{ planets { id } }");
        Assert.False(failed.Succeeded);
        Assert.StartsWith("GRAPHQL_VALIDATION_FAILED", failed.Errors[0], StringComparison.Ordinal);
    }
}
