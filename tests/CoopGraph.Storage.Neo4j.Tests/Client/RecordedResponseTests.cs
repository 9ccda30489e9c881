using System.Net;
using CoopGraph.Storage.Neo4j.Client;
using CoopGraph.Storage.Neo4j.Cypher;
using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Client;

/// <summary>Response parsing against Query API bodies in the documented typed-JSON and error formats.</summary>
public sealed class RecordedResponseTests
{
    private static readonly CypherStatement Query = new("MATCH (n) RETURN n");

    private static async Task<Neo4jResult> RunAsync(params string[] recorded)
    {
        using var client = Clients.Over(new FakeNeo4jHandler(recorded.Select(r => (Func<HttpResponseMessage>)(() => Recorded.Response(r))).ToArray()));
        return await client.RunAsync(Query, Neo4jAccessMode.Read);
    }

    [Fact]
    public async Task Nodes_keep_element_id_labels_and_typed_properties()
    {
        var result = await RunAsync("nodes");

        Assert.Equal(["p", "name"], result.Fields);
        var node = Assert.IsType<Neo4jNode>(result.Rows[0][0]);
        Assert.Equal("4:ff04df25-a4b2-4a68-a9b6-52f9d9f5d3a1:2", node.ElementId);
        Assert.Equal(["Province"], node.Labels);
        Assert.Equal("Quảng Nam", node.Properties["name"]);
        Assert.Equal(1519000L, node.Properties["population"]);
        Assert.Equal(10574.7, node.Properties["area"]);
        Assert.Equal("Quảng Nam", result.Value(0, "name"));
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], result.Bookmarks);
    }

    [Fact]
    public async Task Relationships_keep_type_ends_and_null_properties()
    {
        var result = await RunAsync("relationships");

        var rel = Assert.IsType<Neo4jRelationship>(result.Rows[0][0]);
        Assert.Equal("PARTNER_OF", rel.Type);
        Assert.Equal("4:ff04df25-a4b2-4a68-a9b6-52f9d9f5d3a1:2", rel.StartNodeElementId);
        Assert.Equal("4:ff04df25-a4b2-4a68-a9b6-52f9d9f5d3a1:3", rel.EndNodeElementId);
        Assert.Equal("2017", rel.Properties["since"]);
        Assert.True(rel.Properties.ContainsKey("status"));
        Assert.Null(rel.Properties["status"]);
    }

    [Fact]
    public async Task Paths_split_into_nodes_and_the_relationships_between_them()
    {
        var result = await RunAsync("paths");

        var path = Assert.IsType<Neo4jPath>(result.Rows[0][0]);
        Assert.Equal(["province:quang-nam", "province:nagasaki", "country:japan"], path.Nodes.Select(n => (string)n.Properties["id"]!));
        Assert.Equal(["PARTNER_OF", "IN_COUNTRY"], path.Relationships.Select(r => r.Type));
        Assert.Equal("4:db:3", path.Relationships[1].StartNodeElementId);
    }

    [Fact]
    public async Task Nulls_lists_maps_and_other_types_are_read()
    {
        var result = await RunAsync("nulls-lists-maps");
        var row = result.Rows[0];

        Assert.Null(row[0]);
        Assert.Equal(new object?[] { 1L, null, "x" }, Assert.IsType<object?[]>(row[1]));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(row[2]);
        Assert.Equal(3.2E9, map["a"]);
        Assert.Empty(Assert.IsType<object?[]>(map["b"]));
        Assert.Equal(new Neo4jTypedText("Date", "2015-03-26"), row[3]);
        Assert.Equal(new byte[] { 1, 2, 3 }, row[4]);
        Assert.Equal(true, row[5]);
        Assert.True(double.IsNaN((double)row[6]!));
    }

    [Fact]
    public async Task Large_integers_stay_exact()
    {
        var result = await RunAsync("large-integers");

        Assert.Equal(9007199254740993L, result.Rows[0][0]);
        Assert.NotEqual((long)(double)9007199254740993L, result.Rows[0][0]);
        Assert.Equal(long.MaxValue, result.Rows[0][1]);
        Assert.Equal(long.MinValue, result.Rows[0][2]);
    }

    [Fact]
    public async Task An_error_after_rows_in_a_202_fails_the_call()
    {
        var e = await Assert.ThrowsAsync<Neo4jException>(() => RunAsync("error-inside-202"));

        Assert.Equal("Neo.ClientError.Statement.ArithmeticError", e.Code);
        Assert.Equal(HttpStatusCode.Accepted, e.Status);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task A_401_is_store_unavailable_with_the_neo4j_code()
    {
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => RunAsync("unauthorized"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Neo4jCode);
        Assert.Contains("refused the credentials", e.Message, StringComparison.Ordinal);
        Assert.Equal("STORE_UNAVAILABLE", StoreUnavailableException.Code);
    }

    [Fact]
    public async Task A_400_syntax_error_names_its_code_and_is_not_retried()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("syntax-error"), () => Recorded.Response("empty"));
        using var client = Clients.Over(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Query, Neo4jAccessMode.Read));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("RETRUN", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_transient_error_then_success_is_retried_once()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("deadlock"), () => Recorded.Response("nodes"));
        using var client = Clients.Over(handler);

        var result = await client.RunAsync(Query);

        Assert.Equal(2, handler.Count);
        Assert.IsType<Neo4jNode>(result.Rows[0][0]);
    }

    [Fact]
    public async Task A_non_transient_error_is_not_retried()
    {
        var handler = new FakeNeo4jHandler(() => Recorded.Response("constraint-violation"), () => Recorded.Response("empty"));
        using var client = Clients.Over(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(Query));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_missing_database_is_store_unavailable()
    {
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => RunAsync("database-not-found"));

        Assert.Equal("Neo.ClientError.Database.DatabaseNotFound", e.Neo4jCode);
        Assert.Contains("CoopGraph:Neo4j:Database", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_500_database_error_is_store_unavailable()
    {
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(() => RunAsync("database-error"));

        Assert.Equal("Neo.DatabaseError.General.UnknownError", e.Neo4jCode);
    }

    [Fact]
    public async Task More_rows_than_the_limit_is_an_error_not_a_cut()
    {
        const string twoRows = """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}],[{"$type":"Integer","_value":"2"}]]},"bookmarks":[]}""";
        using var client = Clients.Over(new FakeNeo4jHandler(() => FakeNeo4jHandler.Json(HttpStatusCode.Accepted, twoRows)), Clients.Options(o => o.MaxRows = 1));

        var e = await Assert.ThrowsAsync<Neo4jRowLimitException>(() => client.RunAsync(Query));

        Assert.Equal(1, e.Limit);
    }
}
