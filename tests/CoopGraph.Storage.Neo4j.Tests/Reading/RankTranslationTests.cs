using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// <c>rank</c> on Neo4j: the statement per algorithm (snapshots to review as Cypher), the answer written
/// from a Query API response, and the limits the statement checks itself refused as on the embedded store.
/// </summary>
public sealed class RankTranslationTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        { "degree", """{ rank(labels: ["Province", "Country"], types: ["PARTNER_OF", "IN_COUNTRY"], first: 3) { __typename score node { id displayName } } }""" },
        { "degree_no_types", """{ rank(types: [], first: 2) { score node { id } } }""" },
        { "degree_excluding_types_and_labels", """{ rank(excludeLabels: ["CooperationField", "Source"], excludeTypes: ["IN_COUNTRY", "SEEKS_COOPERATION_IN"], first: 3) { score node { id } } }""" },
        { "pagerank", """{ rank(labels: ["Province"], types: ["PARTNER_OF"], algorithm: PAGERANK, first: 5) { score node { id } } }""" },
        { "pagerank_whole_graph", """{ rank(algorithm: PAGERANK) { node { id } } }""" },
        { "betweenness", """{ rank(labels: ["Province"], types: ["PARTNER_OF", "PARTY_TO"], algorithm: BETWEENNESS, first: 4) { score node { id } } }""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Rank_translates_to_one_parameterised_statement(string shape, string query)
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync(query);
        Snapshot.Match(Neo4jPlanTranslatorTests.Printed(request), SnapshotNameExtension.Create(shape));
    }

    [Fact]
    public async Task No_ranked_label_needs_no_graph()
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync("""{ rank(labels: [], algorithm: BETWEENNESS) { score } }""");
        Assert.Equal("RETURN {`rank`: []} AS data", request.Statement);
    }

    [Fact]
    public async Task The_ranking_is_written_in_plan_order_with_its_scores()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{"top":{"$type":"List","_value":[
              {"$type":"Map","_value":{"node":{"$type":"Map","_value":{"__l":{"$type":"String","_value":"Province"},"id":{"$type":"String","_value":"province:hanoi"},"name":{"$type":"String","_value":"Hanoi"}}},"score":{"$type":"Float","_value":"0.1234567890123"}}},
              {"$type":"Map","_value":{"node":{"$type":"Map","_value":{"__l":{"$type":"String","_value":"Country"},"id":{"$type":"String","_value":"country:japan"}}},"score":{"$type":"Integer","_value":"7"}}}]}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ top: rank(algorithm: PAGERANK, first: 2) { score __typename node { id ... on Province { name } } } }""");

        Assert.Equal(
            """{"data":{"top":[{"score":0.1234567890123,"__typename":"RankedEntity","node":{"id":"province:hanoi","name":"Hanoi"}},{"score":7,"__typename":"RankedEntity","node":{"id":"country:japan"}}]}}""",
            response.GetRawText());
    }

    [Theory]
    [InlineData("""{ rank(algorithm: PAGERANK) { score } }""", "MaxRankRelationships")]
    [InlineData("""{ rank(algorithm: BETWEENNESS) { score } }""", "CypherBetweennessMaxEntities")]
    [InlineData("""{ rank(algorithm: BETWEENNESS) { score } }""", "BetweennessExactThreshold")]
    public async Task A_limit_the_statement_finds_exceeded_is_limit_exceeded(string query, string limit)
    {
        await using var api = new ApiOverNeo4j(request => Refusal(request, limit));
        var response = await api.ExecuteAsync(query);

        var error = response.GetProperty("errors")[0];
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"(limit {limit})", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_relationship_limit_is_the_embedded_stores_and_checked_before_any_score()
    {
        await using var api = new ApiOverNeo4j(settings: new Dictionary<string, string?> { ["CoopGraph:Traversal:MaxRankRelationships"] = "12" });
        var request = await api.RequestOfAsync("""{ rank(algorithm: BETWEENNESS) { score } }""");

        var statement = request.Statement!;
        Assert.StartsWith("RETURN {`rank`: CASE WHEN COUNT { ()-[]->() } > $p", statement, StringComparison.Ordinal);
        var parameters = request.Json.GetProperty("parameters").EnumerateObject().Select(p => p.Value).ToArray();
        Assert.Contains(parameters, p => p.GetProperty("_value").GetString() == Planning.Traversals.TraversalLimits.RankRelationshipsExceeded(12));
        Assert.True(statement.IndexOf("MaxRank", StringComparison.Ordinal) < 0, "Limit texts travel as parameters.");
    }

    /// <summary>The map the statement returns in place of the ranking when a limit is exceeded: the parameter holding the text naming <paramref name="limit"/>.</summary>
    private static string Refusal(RecordedRequest request, string limit)
    {
        var message = request.Json.GetProperty("parameters").EnumerateObject()
            .Select(p => p.Value.GetProperty("_value"))
            .First(v => v.ValueKind == System.Text.Json.JsonValueKind.String && v.GetString()!.Contains($"(limit {limit})", StringComparison.Ordinal))
            .GetString();
        var refusal = """{"__limit":{"$type":"String","_value":""" + System.Text.Json.JsonSerializer.Serialize(message) + "}}";
        return """{"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{"rank":{"$type":"Map","_value":""" + refusal + """}}}]]},"bookmarks":[]}""";
    }
}
