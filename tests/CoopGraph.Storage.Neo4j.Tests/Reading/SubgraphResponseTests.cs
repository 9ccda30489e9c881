using System.Text.Json.Nodes;
using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>What the API writes from hand-written Query API answers to neighbourhood, commonNeighbours and timeline statements.</summary>
public sealed class SubgraphResponseTests
{
    [Fact]
    public async Task A_subgraph_is_written_in_selection_order_with_its_truncated_flag()
    {
        var answer = TypedAnswers.Data("""
            {"neighbourhood": {
              "relationships": [{"__t": "IN_COUNTRY", "id": "IN_COUNTRY:province:quang-nam:country:vietnam"}],
              "truncated": true,
              "nodes": [
                {"__l": "Province", "id": "province:quang-nam", "displayName": "Quang Nam"},
                {"__l": "Country", "id": "country:vietnam", "displayName": "Vietnam"}]}}
            """);
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ neighbourhood(id: "province:quang-nam", limit: 2) { __typename truncated nodes { id displayName } relationships { type id } } }""");
        Assert.Equal(
            """{"data":{"neighbourhood":{"__typename":"Subgraph","truncated":true,"nodes":[{"id":"province:quang-nam","displayName":"Quang Nam"},{"id":"country:vietnam","displayName":"Vietnam"}],"relationships":[{"type":"IN_COUNTRY","id":"IN_COUNTRY:province:quang-nam:country:vietnam"}]}}}""",
            response.GetRawText());
    }

    [Fact]
    public async Task Common_neighbours_are_entities_in_the_order_returned()
    {
        var answer = TypedAnswers.Data("""{"commonNeighbours": [{"__l": "Agreement", "id": "agreement:a"}, {"__l": "Country", "id": "country:japan"}]}""");
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ commonNeighbours(a: "province:quang-nam", b: "province:nagasaki") { __typename id } }""");
        Assert.Equal(
            """{"data":{"commonNeighbours":[{"__typename":"Agreement","id":"agreement:a"},{"__typename":"Country","id":"country:japan"}]}}""",
            response.GetRawText());
    }

    [Fact]
    public async Task Timeline_entries_carry_their_entity_and_a_relationship_or_null()
    {
        var answer = TypedAnswers.Data("""
            {"timeline": [
              {"date": "2023", "description": "Festival: startDate 2023", "entity": {"__l": "Event", "id": "event:festival"}, "relationship": null},
              {"date": "2023-11-10", "description": "Quang Ninh PARTNER_OF Nagasaki: since 2023-11-10",
               "entity": {"__l": "Province", "id": "province:quang-ninh"},
               "relationship": {"__t": "PARTNER_OF", "properties": {"since": "2023-11-10", "__sort_since": 20231110}}},
              {"date": "2023-11-16", "description": "Talks: startDate and endDate 2023-11-16", "entity": {"__l": "Event", "id": "event:talks"}, "relationship": null}]}
            """);
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ timeline(id: "province:quang-ninh", first: 3) { __typename date description entity { id } relationship { type properties } } }""");
        Assert.Equal(
            """{"data":{"timeline":[{"__typename":"TimelineEntry","date":"2023","description":"Festival: startDate 2023","entity":{"id":"event:festival"},"relationship":null},"""
            + """{"__typename":"TimelineEntry","date":"2023-11-10","description":"Quang Ninh PARTNER_OF Nagasaki: since 2023-11-10","entity":{"id":"province:quang-ninh"},"relationship":{"type":"PARTNER_OF","properties":{"since":"2023-11-10"}}},"""
            + """{"__typename":"TimelineEntry","date":"2023-11-16","description":"Talks: startDate and endDate 2023-11-16","entity":{"id":"event:talks"},"relationship":null}]}}""",
            response.GetRawText());
    }

    [Theory]
    [InlineData("""{ neighbourhood(id: "province:nowhere") { truncated } }""", "neighbourhood")]
    [InlineData("""{ commonNeighbours(a: "province:quang-nam", b: "province:nowhere") { id } }""", "commonNeighbours")]
    [InlineData("""{ timeline(id: "province:nowhere") { date } }""", "timeline")]
    public async Task A_missing_entity_the_statement_reports_is_not_found(string query, string field)
    {
        var answer = TypedAnswers.Data(new JsonObject { [field] = new JsonObject { ["__missing"] = "province:nowhere" } }.ToJsonString());
        await using var api = new ApiOverNeo4j(_ => answer);
        var error = (await api.ExecuteAsync(query)).GetProperty("errors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("province:nowhere", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_no_label_fits_is_not_found_without_a_request()
    {
        await using var api = new ApiOverNeo4j();
        var response = await api.ExecuteAsync("""{ timeline(id: "nothing:here") { date } }""");
        Assert.Equal("NOT_FOUND", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(api.Handler.Requests);
    }
}
