using System.Text.Json;
using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// On Neo4j too a failed field is null with its path and location and the rest of the operation is answered, whether
/// the statement reports the failure in the field's place or the field could not be translated at all.
/// </summary>
public sealed class Neo4jPartialResultsTests
{
    private const string Query = """
        {
          ok: country(id: "country:japan") { name }
          b: shortestPath(from: "province:atlantis", to: "province:hokkaido") { length }
        }
        """;

    [Fact]
    public async Task A_missing_entity_the_statement_reports_fails_its_field_alone()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{
              "ok":{"$type":"Map","_value":{"__l":{"$type":"String","_value":"Country"},"name":{"$type":"String","_value":"Japan"}}},
              "b":{"$type":"Map","_value":{"__missing":{"$type":"String","_value":"province:atlantis"}}}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);

        var response = await api.ExecuteAsync(Query);

        AssertFailedAlone(response, "NOT_FOUND", line: 3);
    }

    [Fact]
    public async Task A_field_that_cannot_be_translated_is_left_out_of_the_statement_and_fails_alone()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{
              "ok":{"$type":"Map","_value":{"__l":{"$type":"String","_value":"Country"},"name":{"$type":"String","_value":"Japan"}}}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);

        // An id without its label: prefix names no entity; the translator knows without asking Neo4j.
        var response = await api.ExecuteAsync(Query.Replace("province:atlantis", "quang-nam", StringComparison.Ordinal));

        AssertFailedAlone(response, "NOT_FOUND", line: 3);
        var request = Assert.Single(api.Handler.Requests);
        Assert.DoesNotContain("`b`", request.Statement!, StringComparison.Ordinal);
        Assert.Contains("`ok`", request.Statement!, StringComparison.Ordinal);
    }

    private static void AssertFailedAlone(JsonElement response, string code, int line)
    {
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["b"]""", error.GetProperty("path").ToString());
        Assert.Equal(line, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(3, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
        var data = response.GetProperty("data");
        Assert.Equal("Japan", data.GetProperty("ok").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
    }
}
