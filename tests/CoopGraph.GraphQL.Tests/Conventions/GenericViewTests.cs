using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Conventions;

public sealed class GenericViewTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await TestGraph.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Node_and_nodes_resolve_any_label_and_keep_order_with_nulls()
    {
        var data = await _api.DataAsync("""
            {
              node(id: "country:japan") { id __typename ... on Country { isoCode } }
              missing: node(id: "country:atlantis") { id }
              nodes(ids: ["province:hokkaido", "nope:x", "event:talks"]) { id ... on Event { kind } ... on Entity { displayName label } }
            }
            """);
        Assert.Equal("""{"id":"country:japan","__typename":"Country","isoCode":"JP"}""", data.GetProperty("node").GetRawText());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("missing").ValueKind);
        Assert.Equal(
            """[{"id":"province:hokkaido","displayName":"Hokkaidō","label":"Province"},null,{"id":"event:talks","kind":"TALKS","displayName":"Talks in Ha Long","label":"Event"}]""",
            data.GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task A_typed_lookup_does_not_return_another_label()
    {
        var data = await _api.DataAsync("""{ province(id: "country:japan") { id } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("province").ValueKind);
    }

    [Fact]
    public async Task Properties_and_sources_of_entities_and_edges()
    {
        var data = await _api.DataAsync("""
            {
              province(id: "province:quang-nam") {
                properties
                sources { quote inferred note source { id title } }
                partners { edges { sources { quote } properties { since status } } }
              }
            }
            """);
        var province = data.GetProperty("province");
        Assert.Equal("""{"name":"Quang Nam","nativeName":"Quảng Nam","kind":"PROVINCE"}""", province.GetProperty("properties").GetRawText());
        Assert.Equal("""[{"quote":"as the test says","inferred":false,"note":null,"source":{"id":"source:test","title":"Test source"}}]""", province.GetProperty("sources").GetRawText());
        Assert.Equal("""[{"sources":[{"quote":"as the test says"}],"properties":{"since":"2017","status":"ACTIVE"}}]""", province.GetProperty("partners").GetProperty("edges").GetRawText());
    }

    [Fact]
    public async Task Relationships_and_neighbours_follow_types_directions_and_labels()
    {
        var data = await _api.DataAsync("""
            {
              province(id: "province:quang-ninh") {
                all: relationships { id type start { id } end { id } }
                out: relationships(types: ["PARTNER_OF"], direction: OUT, first: 1) { id }
                into: relationships(direction: IN) { id }
                neighbours(labels: ["Province"]) { id }
                agreements: neighbours(types: ["PARTY_TO"]) { id }
              }
            }
            """);
        var province = data.GetProperty("province");
        Assert.Equal(
            ["IN_COUNTRY:province:quang-ninh:country:vietnam", "PARTNER_OF:province:quang-ninh:province:hokkaido", "PARTNER_OF:province:quang-ninh:province:nagasaki", "PARTY_TO:province:quang-ninh:agreement:qn-hokkaido"],
            JsonAssert.Ids(province.GetProperty("all")));
        Assert.Equal(["PARTNER_OF:province:quang-ninh:province:hokkaido"], JsonAssert.Ids(province.GetProperty("out")));
        Assert.Empty(JsonAssert.Ids(province.GetProperty("into")));
        Assert.Equal(["province:hokkaido", "province:nagasaki"], JsonAssert.Ids(province.GetProperty("neighbours")));
        Assert.Equal(["agreement:qn-hokkaido"], JsonAssert.Ids(province.GetProperty("agreements")));
    }

    [Fact]
    public async Task Unknown_relationship_types_and_labels_are_bad_input()
    {
        var response = await _api.ExecuteAsync("""{ province(id: "province:quang-ninh") { neighbours(types: ["FRIEND_OF"]) { id } } }""");
        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
        response = await _api.ExecuteAsync("""{ province(id: "province:quang-ninh") { neighbours(labels: ["Planet"]) { id } } }""");
        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
    }

    [Fact]
    public async Task Search_folds_and_ranks_exact_then_prefix_then_contained()
    {
        var data = await _api.DataAsync("""{ search(text: "Quảng  Nam ") { score node { id } } hok: search(text: "HOKKAIDO", labels: ["Province"]) { node { id } } }""");
        var ids = data.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("node").GetProperty("id").GetString()!).ToArray();

        // Exact name, then a title that starts with it, then a title where it starts a word.
        Assert.Equal(["province:quang-nam", "agreement:qn-nagasaki", "investment:japan-quang-nam"], ids);
        var scores = data.GetProperty("search").EnumerateArray().Select(h => h.GetProperty("score").GetDouble()).ToArray();
        Assert.True(scores.SequenceEqual(scores.OrderDescending()));
        Assert.Equal(["province:hokkaido"], data.GetProperty("hok").EnumerateArray().Select(h => h.GetProperty("node").GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task Typename_everywhere()
    {
        var data = await _api.DataAsync("""{ __typename provinces(first: 1) { __typename edges { __typename node { __typename } } pageInfo { __typename } } }""");
        Assert.Equal(
            """{"__typename":"Query","provinces":{"__typename":"ProvincesConnection","edges":[{"__typename":"ProvincesEdge","node":{"__typename":"Province"}}],"pageInfo":{"__typename":"PageInfo"}}}""",
            data.GetRawText());
    }
}
