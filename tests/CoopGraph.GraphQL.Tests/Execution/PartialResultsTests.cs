using System.Text.Json;
using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Execution;

/// <summary>
/// The GraphQL spec's field-error rule: a failed field is null (or, when its type forbids null, its innermost parent
/// that may be null), its error carries the path and location of the field, and the rest of the response is answered.
/// Each case pairs a field that answers with one that fails, so the answer beside the failure shows it was kept.
/// </summary>
public sealed class PartialResultsTests : IAsyncLifetime
{
    private const string Answered = """ok: country(id: "country:japan") { name } """;
    private const string AnsweredJson = """ "ok": { "name": "Japan" } """;

    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await GraphQLHarness.CreateSeededAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    /// <summary>
    /// A failing field (the text from <c>b:</c> is where the error's location must point), the error's code and path,
    /// and the whole expected data.
    /// </summary>
    public static TheoryData<string, string, string, string> FailingFields => new()
    {
        // Root fields whose type may be null: only they are null.
        { """b: shortestPath(from: "province:atlantis", to: "province:hokkaido") { length }""", "NOT_FOUND", """["b"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },
        { """b: shortestPath(from: "quang-nam", to: "province:hokkaido") { length }""", "NOT_FOUND", """["b"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },
        { """b: shortestPath(from: "province:quang-nam", to: "province:hokkaido", maxDepth: 99) { length }""", "LIMIT_EXCEEDED", """["b"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },
        { """b: cypher(statement: "RETURN 1") { columns }""", "FORBIDDEN", """["b"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },
        { """b: node(id: "province:quang-nam") { ... on Province { partners(after: "abc") { totalCount } } }""", "BAD_USER_INPUT", """["b","partners"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },

        // A failed field that may not be null nulls its nullable parent.
        { """b: province(id: "province:quang-nam") { name partners(first: -1) { totalCount } }""", "BAD_USER_INPUT", """["b","partners"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },
        { """b: province(id: "province:quang-nam") { name agreements(first: 5000) { totalCount } }""", "LIMIT_EXCEEDED", """["b","agreements"]""", $$"""{ {{AnsweredJson}}, "b": null }""" },

        // Root fields whose type may not be null: the null reaches the data itself, as the spec says.
        { """b: allShortestPaths(from: "province:atlantis", to: "province:hokkaido") { length }""", "NOT_FOUND", """["b"]""", "null" },
        { """b: neighbourhood(id: "province:atlantis") { truncated }""", "NOT_FOUND", """["b"]""", "null" },
        { """b: reachable(from: "province:atlantis", pattern: "PARTY_TO>") { id }""", "NOT_FOUND", """["b"]""", "null" },
        { """b: commonNeighbours(a: "province:atlantis", b: "province:hokkaido") { id }""", "NOT_FOUND", """["b"]""", "null" },
        { """b: timeline(id: "province:atlantis") { date }""", "NOT_FOUND", """["b"]""", "null" },
        { """b: paths(from: "province:quang-nam", to: "province:hokkaido", pattern: "((") { length }""", "BAD_USER_INPUT", """["b"]""", "null" },
        { """b: rank(types: ["NOT_A_TYPE"]) { score }""", "BAD_USER_INPUT", """["b"]""", "null" },
        { """b: provinces(after: "abc") { totalCount }""", "BAD_USER_INPUT", """["b"]""", "null" },
        { """b: search(text: "") { score }""", "BAD_USER_INPUT", """["b"]""", "null" },

        // Inside a list the path names the item; the first failure here reaches the data, so it is the only one reported.
        { """b: provinces(first: 2, order: [{ name: ASC }]) { nodes { partners(after: "abc") { totalCount } } }""", "BAD_USER_INPUT", """["b","nodes",0,"partners"]""", "null" },
    };

    [Theory]
    [MemberData(nameof(FailingFields))]
    public async Task A_failed_field_is_null_with_its_path_and_location_and_the_rest_is_answered(string failing, string code, string path, string data)
    {
        var query = "{ " + Answered + failing + " }";
        var response = await _api.ExecuteAsync(query);

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        JsonAssert.Equal(path, error.GetProperty("path"));
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(ExpectedColumn(query, path), location.GetProperty("column").GetInt32());
        JsonAssert.Equal(data, response.GetProperty("data"));
    }

    [Fact]
    public async Task Each_nullable_item_that_fails_is_null_on_its_own_with_its_own_error()
    {
        var response = await _api.ExecuteAsync("""
            { nodes(ids: ["province:quang-nam", "country:japan", "province:hokkaido"]) {
                id
                ... on Province { partners(after: "abc") { totalCount } }
            } }
            """);

        var paths = response.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").ToString()).ToArray();
        Assert.Equal(["""["nodes",0,"partners"]""", """["nodes",2,"partners"]"""], paths);
        JsonAssert.Equal("""{ "nodes": [null, { "id": "country:japan" }, null] }""", response.GetProperty("data"));
        Assert.All(response.GetProperty("errors").EnumerateArray(), e => Assert.Equal(3, e.GetProperty("locations")[0].GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task Several_failed_fields_each_report_their_error_and_the_others_answer()
    {
        var response = await _api.ExecuteAsync("""
            {
              a: shortestPath(from: "province:atlantis", to: "province:hokkaido") { length }
              b: province(id: "province:quang-nam") { name }
              c: shortestPath(from: "province:quang-nam", to: "province:mu") { length }
            }
            """);

        var errors = response.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(["""["a"]""", """["c"]"""], errors.Select(e => e.GetProperty("path").ToString()));
        Assert.Equal([2, 4], errors.Select(e => e.GetProperty("locations")[0].GetProperty("line").GetInt32()));
        JsonAssert.Equal("""{ "a": null, "b": { "name": "Quang Nam" }, "c": null }""", response.GetProperty("data"));
    }

    [Fact]
    public async Task A_repeated_query_with_a_failed_field_answers_the_same_again()
    {
        const string query = """{ a: shortestPath(from: "province:atlantis", to: "province:hokkaido") { length } b: country(id: "country:japan") { name } }""";
        var first = await _api.ExecuteAsync(query);
        var second = await _api.ExecuteAsync(query);

        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("data").GetProperty("a").ValueKind);
    }

    /// <summary>The column of the failed field: the names of the path after <c>b</c>, found one after the other from the alias <c>b:</c> on.</summary>
    private static int ExpectedColumn(string query, string path)
    {
        var names = JsonDocument.Parse(path).RootElement.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!).ToArray();
        var at = query.IndexOf("b:", StringComparison.Ordinal);
        foreach (var name in names.Skip(1))
        {
            at = System.Text.RegularExpressions.Regex.Match(query[at..], $@"\b{name}\b").Index + at;
        }

        return at + 1;
    }
}
