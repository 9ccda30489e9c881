using System.Net;
using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>Researchers' own Cypher: sent as given with its parameters in READ mode, answered as columns and rows.</summary>
public sealed class RawCypherTests
{
    private static readonly Dictionary<string, string?> Enabled = new() { ["CoopGraph:Api:RawCypher"] = "true", ["CoopGraph:Api:RawCypherMaxRows"] = "1" };

    private const string Query = """
        query($p: JSON) {
          cypher(statement: "MATCH (p:Province {id: $id}) RETURN p, p.name AS name", parameters: $p) { columns rows }
        }
        """;

    [Fact]
    public async Task The_statement_runs_read_only_with_its_parameters_and_its_rows_come_back_keyed_by_column()
    {
        await using var api = new ApiOverNeo4j(_ => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", "nodes.202.json")), settings: Enabled);

        var response = await api.ExecuteAsync(Query, new { p = new { id = "province:quang-nam" } });

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var request = Assert.Single(api.Handler.Requests);
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal("MATCH (p:Province {id: $id}) RETURN p, p.name AS name", request.Statement);
        Assert.Contains("province:quang-nam", request.Json.GetProperty("parameters").GetRawText(), StringComparison.Ordinal);
        var cypher = response.GetProperty("data").GetProperty("cypher");
        Assert.Equal("""["p","name"]""", cypher.GetProperty("columns").GetRawText());
        var row = cypher.GetProperty("rows")[0];
        Assert.Equal("Quảng Nam", row.GetProperty("name").GetString());
        Assert.Equal(1519000, row.GetProperty("p").GetProperty("properties").GetProperty("population").GetInt64());
        Assert.Equal("Province", row.GetProperty("p").GetProperty("labels")[0].GetString());
    }

    [Theory]
    [InlineData("""{"errors": [{"code": "Neo.ClientError.Statement.AccessMode", "message": "Writing in read access mode not allowed."}]}""", "BAD_USER_INPUT", "read-only")]
    [InlineData("""{"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRUN'"}]}""", "BAD_USER_INPUT", "SyntaxError")]
    public async Task Refused_statements_are_coded_errors(string neo4jAnswer, string code, string mentions)
    {
        await using var api = new ApiOverNeo4j(settings: Enabled, status: HttpStatusCode.BadRequest, answer: _ => neo4jAnswer);

        var response = await api.ExecuteAsync(Query, new { p = new { id = "x" } });

        var error = response.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(mentions, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_rows_than_the_limit_is_an_error_not_a_cut_answer()
    {
        const string twoRows = """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}]]},"bookmarks":[]}""";
        await using var api = new ApiOverNeo4j(_ => twoRows, settings: Enabled);

        var response = await api.ExecuteAsync(Query, new { p = new { id = "x" } });

        Assert.Equal("LIMIT_EXCEEDED", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Switched_off_it_is_forbidden_and_sends_nothing()
    {
        await using var api = new ApiOverNeo4j();

        var response = await api.ExecuteAsync(Query, new { p = new { id = "x" } });

        Assert.Equal("FORBIDDEN", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Empty(api.Handler.Requests);
    }
}
