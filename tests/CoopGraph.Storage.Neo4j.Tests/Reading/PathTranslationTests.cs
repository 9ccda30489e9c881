using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// The translation kit for the path fields (shortestPath, allShortestPaths, paths): one statement per
/// operation, snapshotted per shape; review a changed snapshot as changed Cypher.
/// </summary>
public sealed class PathTranslationTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        { "shortest", """{ shortestPath(from: "province:quang-nam", to: "province:nagasaki") { length nodes { id displayName } relationships { id type start { id } } } }""" },
        { "shortest_filtered", """{ route: shortestPath(from: "province:quang-nam", to: "country:japan", maxDepth: 3, types: ["PARTNER_OF", "IN_COUNTRY"], labels: ["Province"], direction: OUT) { __typename length nodes { ... on Province { name } } } }""" },
        { "shortest_through_no_label", """{ shortestPath(from: "province:quang-nam", to: "province:nagasaki", labels: [], direction: IN) { length } }""" },
        { "shortest_excluding_types_beside_the_model", """{ model { types { name } } shortestPath(from: "province:nagasaki", to: "province:hokkaido", excludeTypes: ["IN_COUNTRY", "LOCATED_IN"]) { length nodes { id } relationships { type } } }""" },
        { "simple_excluding_labels_and_types", """{ paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3, labels: ["Country", "Agreement", "Investment"], excludeLabels: ["Agreement"], types: ["PARTNER_OF", "IN_COUNTRY", "INVESTED_IN", "INVESTED_BY"], excludeTypes: ["PARTNER_OF"]) { length nodes { id } } }""" },
        { "all_shortest_first", """{ allShortestPaths(from: "province:quang-nam", to: "province:nagasaki", first: 3, types: ["PARTY_TO"]) { length nodes { id } } }""" },
        { "simple", """{ paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3, first: 5, labels: ["Agreement", "Event"]) { length relationships { id properties } } }""" },
        { "simple_with_pattern", """{ paths(from: "province:quang-nam", to: "province:nagasaki", pattern: "PARTY_TO>,<PARTY_TO | (PARTNER_OF)+", maxDepth: 2, first: 7) { length nodes { id } } }""" },
        { "pattern_with_any_type", """{ paths(from: "province:quang-nam", to: "province:nagasaki", pattern: "<.,.", types: ["PARTY_TO", "PARTNER_OF"]) { length } }""" },
        { "from_itself", """{ shortestPath(from: "province:hanoi", to: "province:hanoi") { length nodes { id } relationships { id } } all: allShortestPaths(from: "province:hanoi", to: "province:hanoi") { length } }""" },
        { "nothing_to_search", """{ none: paths(from: "province:hanoi", to: "province:hanoi", pattern: "PARTY_TO+") { length } shallow: shortestPath(from: "province:hanoi", to: "province:nagasaki", maxDepth: 0) { length } zero: allShortestPaths(from: "province:hanoi", to: "province:nagasaki", first: 0) { length } untyped: paths(from: "province:hanoi", to: "province:nagasaki", types: []) { length } unfollowable: paths(from: "province:hanoi", to: "province:nagasaki", types: ["PARTNER_OF"], pattern: "PARTY_TO") { length } }""" },
        { "end_of_no_label", """{ shortestPath(from: "province:hanoi", to: "nowhere:x") { length } }""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Path_field_translates_to_one_parameterised_statement(string shape, string query)
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync(query);
        Snapshot.Match(Neo4jPlanTranslatorTests.Printed(request), SnapshotNameExtension.Create(shape));
    }

    [Fact]
    public async Task A_start_of_no_label_is_not_found_without_a_request()
    {
        await using var api = new ApiOverNeo4j();
        var response = await api.ExecuteAsync("""{ shortestPath(from: "nowhere:x", to: "province:hanoi") { length } }""");
        var error = response.GetProperty("errors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("'nowhere:x'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(api.Handler.Requests);
    }

    [Theory]
    [InlineData("Robert'); MATCH (n) DETACH DELETE n; //")]
    [InlineData("`) DETACH DELETE n //")]
    [InlineData("\" OR 1=1 //")]
    public async Task Hostile_ends_stay_parameters(string hostile)
    {
        await using var api = new ApiOverNeo4j();
        var from = System.Text.Json.JsonSerializer.Serialize("province:" + hostile);
        var to = System.Text.Json.JsonSerializer.Serialize("agreement:" + hostile);
        var request = await api.RequestOfAsync($$"""{ shortestPath(from: {{from}}, to: {{to}}) { length } paths(from: {{from}}, to: {{to}}, pattern: "PARTY_TO>") { length } }""");

        Assert.DoesNotContain(hostile, request.Statement!, StringComparison.Ordinal);
        var parameters = request.Json.GetProperty("parameters").GetRawText();
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize("province:" + hostile)[1..^1], parameters, StringComparison.Ordinal);
    }
}
