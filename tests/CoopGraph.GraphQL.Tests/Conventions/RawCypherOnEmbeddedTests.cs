using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Conventions;

/// <summary>The cypher field on the embedded store: a clear, coded answer instead of a result.</summary>
public sealed class RawCypherOnEmbeddedTests
{
    private const string Query = """{ cypher(statement: "MATCH (n) RETURN count(n) AS n") { columns rows } }""";

    [Fact]
    public async Task Switched_off_by_default_it_is_forbidden()
    {
        await using var api = await TestGraph.CreateAsync();
        Assert.Equal(["FORBIDDEN"], JsonAssert.ErrorCodes(await api.ExecuteAsync(Query)));
    }

    [Fact]
    public async Task Switched_on_it_says_it_needs_the_neo4j_store()
    {
        await using var api = await TestGraph.CreateAsync(new Dictionary<string, string?> { ["CoopGraph:Api:RawCypher"] = "true" });
        var response = await api.ExecuteAsync(Query);
        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
        Assert.Contains("Neo4j", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
