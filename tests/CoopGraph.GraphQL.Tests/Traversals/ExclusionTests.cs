using System.Text.Json;
using CoopGraph.GraphQL.Schema;
using CoopGraph.GraphQL.Tests.Support;
using GraphQL.Types;

namespace CoopGraph.GraphQL.Tests.Traversals;

/// <summary>
/// excludeTypes and excludeLabels on the seed: an exclude list answers exactly as the include list of everything else,
/// with an include list it takes from that list, and its unknown names are refused naming the known ones.
/// </summary>
public sealed class ExclusionTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await GraphQLHarness.CreateSeededAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    /// <summary>Each field that takes an exclude list, with a selection that shows what it followed; {0} is where the arguments go.</summary>
    public static TheoryData<string, string, string> Fields => new()
    {
        { "shortestPath", "types", """{ shortestPath(from: "province:nagasaki", to: "province:hokkaido"{0}) { nodes { id } relationships { id } } }""" },
        { "shortestPath", "labels", """{ shortestPath(from: "province:nagasaki", to: "province:hokkaido"{0}) { nodes { id } relationships { id } } }""" },
        { "allShortestPaths", "types", """{ allShortestPaths(from: "province:nagasaki", to: "province:hokkaido"{0}) { nodes { id } relationships { id } } }""" },
        { "allShortestPaths", "labels", """{ allShortestPaths(from: "province:quang-nam", to: "province:hokkaido"{0}) { nodes { id } relationships { id } } }""" },
        { "paths", "types", """{ paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3{0}) { nodes { id } relationships { id } } }""" },
        { "paths", "labels", """{ paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3{0}) { nodes { id } relationships { id } } }""" },
        { "neighbourhood", "types", """{ neighbourhood(id: "province:quang-nam", depth: 2{0}) { truncated nodes { id } relationships { id } } }""" },
        { "neighbourhood", "labels", """{ neighbourhood(id: "province:quang-nam", depth: 2{0}) { truncated nodes { id } relationships { id } } }""" },
        { "reachable", "labels", """{ reachable(from: "province:quang-nam", pattern: ".{1,2}"{0}) { id } }""" },
        { "commonNeighbours", "types", """{ commonNeighbours(a: "province:quang-ninh", b: "province:hokkaido"{0}) { id } }""" },
        { "rank", "types", """{ rank(first: 8{0}) { score node { id } } }""" },
        { "rank", "labels", """{ rank(first: 8{0}) { score node { id } } }""" },
        { "relationships", "types", """{ province(id: "province:quang-ninh") { relationships(first: 100{0}) { id } } }""" },
        { "neighbours", "types", """{ province(id: "province:quang-ninh") { neighbours(first: 100{0}) { id } } }""" },
        { "neighbours", "labels", """{ province(id: "province:quang-ninh") { neighbours(first: 100{0}) { id } } }""" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task An_exclude_list_answers_as_the_include_list_of_everything_else(string field, string list, string query)
    {
        var excluded = Excluded(list);
        var rest = Known(list).Except(excluded).ToArray();

        var excluding = await DataAsync(query, $", {Exclude(list)}: {Names(excluded)}");
        var including = await DataAsync(query, $", {list}: {Names(rest)}");
        var everything = await DataAsync(query, string.Empty);

        Assert.Equal(including, excluding);
        Assert.True(excluding != everything, $"{field}({Exclude(list)}:) should change this answer: {excluding}");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task With_an_include_list_the_excluded_ones_are_taken_out_of_it(string field, string list, string query)
    {
        var excluded = Excluded(list);
        var included = Known(list).Take(Known(list).Count / 2).Concat(excluded).ToArray();

        var both = await DataAsync(query, $", {list}: {Names(included)}, {Exclude(list)}: {Names(excluded)}");
        var rest = await DataAsync(query, $", {list}: {Names(included.Except(excluded))}");

        Assert.True(rest == both, $"{field}({list}:, {Exclude(list)}:) should answer as {list}: less the excluded ones.\n{both}\n{rest}");
    }

    [Fact]
    public async Task Leaving_out_where_they_lie_shows_how_Nagasaki_and_Hokkaido_are_connected()
    {
        var data = await _api.DataAsync("""
            {
              inJapan: shortestPath(from: "province:nagasaki", to: "province:hokkaido") { relationships { type } }
              connected: allShortestPaths(from: "province:nagasaki", to: "province:hokkaido", excludeTypes: ["IN_COUNTRY", "LOCATED_IN"]) {
                length nodes { id } relationships { type }
              }
            }
            """);

        Assert.Equal(["IN_COUNTRY", "IN_COUNTRY"], Types(data.GetProperty("inJapan")));
        var paths = data.GetProperty("connected").EnumerateArray().ToArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, path =>
        {
            Assert.True(path.GetProperty("length").GetInt32() > 2);
            Assert.DoesNotContain("IN_COUNTRY", Types(path));
            Assert.DoesNotContain("LOCATED_IN", Types(path));
            Assert.Equal("province:hokkaido", JsonAssert.Ids(path.GetProperty("nodes"))[^1]);
        });
    }

    [Fact]
    public async Task Excluding_every_type_or_label_follows_nothing()
    {
        var types = Names(Known("types"));
        var labels = Names(Known("labels"));
        var data = await _api.DataAsync($$"""
            {
              shortestPath(from: "province:nagasaki", to: "province:hokkaido", excludeTypes: {{types}}) { length }
              neighbourhood(id: "province:nagasaki", excludeTypes: {{types}}) { nodes { id } relationships { id } }
              rank(excludeLabels: {{labels}}) { score }
              reachable(from: "province:nagasaki", pattern: ".", excludeLabels: {{labels}}) { id }
              province(id: "province:nagasaki") {
                relationships(excludeTypes: {{types}}) { id }
                neighbours(excludeLabels: {{labels}}) { id }
              }
            }
            """);

        Assert.Equal(JsonValueKind.Null, data.GetProperty("shortestPath").ValueKind);
        Assert.Equal(["province:nagasaki"], JsonAssert.Ids(data.GetProperty("neighbourhood").GetProperty("nodes")));
        Assert.Empty(data.GetProperty("neighbourhood").GetProperty("relationships").EnumerateArray());
        Assert.Empty(data.GetProperty("rank").EnumerateArray());
        Assert.Empty(data.GetProperty("reachable").EnumerateArray());
        Assert.Empty(data.GetProperty("province").GetProperty("relationships").EnumerateArray());
        Assert.Empty(data.GetProperty("province").GetProperty("neighbours").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task An_unknown_name_in_an_exclude_list_is_bad_input_naming_the_known_ones(string field, string list, string query)
    {
        var response = await _api.ExecuteAsync(query.Replace("{0}", $", {Exclude(list)}: [\"{Excluded(list)[0]}\", \"NOPE\"]", StringComparison.Ordinal));

        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
        var kind = list == "types" ? "relationship type" : "label";
        var message = response.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.True(
            message == $"Unknown {kind} 'NOPE' in {Exclude(list)}; known: {string.Join(", ", Known(list))}.",
            $"{field}({Exclude(list)}:) should name the unknown {kind} and every known one: {message}");
    }

    [Fact]
    public void Every_field_that_takes_types_or_labels_takes_their_exclude_lists()
    {
        var schema = new ApiSchemaBuilder(DomainModel.Model, new ApiLimits()).Build();
        schema.Initialize();
        var fields = schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (Name: $"{t.Name}.{f.Name}", Arguments: f.Arguments?.Select(a => a.Name).ToArray() ?? [])))

            // search(labels:) chooses where to search, not what a traversal passes through.
            .Where(f => f.Name != "Query.search")
            .ToArray();

        Assert.Contains(fields, f => f.Arguments.Contains("types"));
        Assert.All(fields.Where(f => f.Arguments.Contains("types")), f => Assert.Contains("excludeTypes", f.Arguments));
        Assert.All(fields.Where(f => f.Arguments.Contains("labels")), f => Assert.Contains("excludeLabels", f.Arguments));
        Assert.Equal(
            ["Query.allShortestPaths", "Query.commonNeighbours", "Query.neighbourhood", "Query.paths", "Query.rank", "Query.reachable", "Query.shortestPath"],
            fields.Where(f => f.Name.StartsWith("Query.", StringComparison.Ordinal) && f.Arguments.Any(a => a.StartsWith("exclude", StringComparison.Ordinal))).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    private async Task<string> DataAsync(string query, string arguments) =>
        (await _api.DataAsync(query.Replace("{0}", arguments, StringComparison.Ordinal))).GetRawText();

    private static string Exclude(string list) => list == "types" ? "excludeTypes" : "excludeLabels";

    private static IReadOnlyList<string> Known(string list) => list == "types"
        ? DomainModel.Model.RelationshipTypes.Select(t => t.Name).ToArray()
        : DomainModel.Model.Labels.Select(l => l.Name).ToArray();

    /// <summary>What each list leaves out in these tests: the ties of place, and countries and agreements.</summary>
    private static string[] Excluded(string list) => list == "types" ? ["IN_COUNTRY", "PARTNER_OF"] : ["Country", "Agreement"];

    private static string Names(IEnumerable<string> names) => "[" + string.Join(", ", names.Select(n => $"\"{n}\"")) + "]";

    private static string[] Types(JsonElement path) =>
        path.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("type").GetString()!).ToArray();
}
