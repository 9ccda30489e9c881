using System.Text.Json;
using System.Text.RegularExpressions;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// <c>reachable</c> on Neo4j: one statement text for every pattern, the automaton travelling as
/// parameters by state (snapshots to review as Cypher), levels de-duplicated by grouping rather than list
/// scans, a dead-end state kept out of the frontier, the answer written from a Query API response, and
/// the search's own limit refused as LIMIT_EXCEEDED.
/// </summary>
public sealed class ReachableTranslationTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        { "simple", """{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<PARTY_TO", first: 5) { id } }""" },
        { "repetition_and_choice", """{ reachable(from: "province:quang-nam", pattern: "(PARTNER_OF|<LOCATED_IN){1,2},.*", labels: ["Province", "Event"]) { id ... on Event { name } } }""" },
        { "excluding_labels", """{ reachable(from: "province:quang-nam", pattern: ".{1,2}", excludeLabels: ["CooperationField", "Country"]) { id } }""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Reachable_translates_to_one_parameterised_statement(string shape, string query)
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync(query);
        Snapshot.Match(Neo4jPlanTranslatorTests.Printed(request), SnapshotNameExtension.Create(shape));
    }

    [Fact]
    public async Task Every_pattern_shares_one_statement_text()
    {
        await using var api = new ApiOverNeo4j();
        var simple = await api.RequestOfAsync("""{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>") { id } }""");
        api.Handler.Requests.Clear();
        var repeated = await api.RequestOfAsync("""{ reachable(from: "province:hanoi", pattern: "(PARTY_TO>,<PARTY_TO)+|.?") { id } }""");
        Assert.Equal(simple.Statement, repeated.Statement);
    }

    [Fact]
    public async Task The_automaton_travels_as_its_steps_by_state()
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync("""{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<.") { id } }""");
        var (_, states) = StepsByState(request);
        var steps = states.SelectMany((state, index) => state.Select(step => Step(index, step))).ToArray();
        Assert.Equal(["0 PARTY_TO forth 1", "1 * back 2"], steps);
        Assert.Empty(states[2]);
    }

    [Fact]
    public async Task A_pair_in_a_state_without_steps_leaves_the_frontier()
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync("""{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>", first: 3) { id } }""");
        var (table, states) = StepsByState(request);
        var statement = Assert.IsType<string>(request.Statement);

        // The accepting end of a one-step pattern has nowhere to go: a search that reached it is over, not refused.
        Assert.Empty(states[1]);
        Assert.Contains($"frontier: [pair IN fresh WHERE size(${table}[pair[1]]) > 0]", statement, StringComparison.Ordinal);
        Assert.Contains("CASE WHEN size(bfs.frontier) = 0 OR", statement, StringComparison.Ordinal);
        Assert.Matches(@"RETURN CASE WHEN size\(reach\.frontier\) = 0 OR size\(reach\.found\) >= \$p\d+ THEN COLLECT", statement);
    }

    [Fact]
    public async Task Visited_pairs_and_found_entities_are_only_iterated_never_scanned_for_membership()
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync("""{ reachable(from: "province:quang-nam", pattern: "(PARTNER_OF|<LOCATED_IN)+", labels: ["Province"]) { id } }""");
        var statement = Assert.IsType<string>(request.Statement);

        var uses = Regex.Matches(statement, @"(.{0,12})\bIN (bfs|reach)\.(visited|found|frontier)\b");
        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.Matches(@"(\[\w+ |UNWIND )$", use.Groups[1].Value));
        // Two per level (new pairs, new entities), and one more that tells whether a search stopped at the limit could go on.
        Assert.Equal(3, Regex.Count(statement, @"WITH tagged\[0\] AS key, sum\(tagged\[1\]\) AS seen WHERE seen = 0 RETURN key"));
        Assert.Matches(@"THEN bfs ELSE", statement);
        Assert.Matches(@"size\(reach\.found\) >= \$p\d+ THEN .* WHEN size\(COLLECT \{ UNWIND \[key IN reach\.visited \| \[key, 1\]\] \+ \[key IN\s+COLLECT \{ UNWIND reach\.frontier.*\) > 0 THEN \{`__limit`", statement);
        Assert.DoesNotContain("none(", statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_label_returns_nothing_but_still_needs_the_start()
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync("""{ reachable(from: "province:quang-nam", pattern: ".", labels: []) { id } }""");
        Assert.StartsWith("RETURN {`reachable`: CASE WHEN NOT EXISTS { MATCH (e0:`Province` {`id`: $p0}) }", request.Statement, StringComparison.Ordinal);
        Assert.EndsWith("ELSE [] END} AS data", request.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reached_entities_are_written_with_their_projection()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{"reachable":{"$type":"List","_value":[
              {"$type":"Map","_value":{"__l":{"$type":"String","_value":"Province"},"id":{"$type":"String","_value":"province:nagasaki"}}},
              {"$type":"Map","_value":{"__l":{"$type":"String","_value":"Event"},"id":{"$type":"String","_value":"event:festival"},"name":{"$type":"String","_value":"Festival"}}}]}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ reachable(from: "province:quang-nam", pattern: ".+") { id ... on Event { name } } }""");

        Assert.Equal("""{"data":{"reachable":[{"id":"province:nagasaki"},{"id":"event:festival","name":"Festival"}]}}""", response.GetRawText());
    }

    [Theory]
    [InlineData("__limit", "The reachable search visits more than 3 (entity, pattern state) pairs (limit MaxSubgraphSize).", "LIMIT_EXCEEDED", "(limit MaxSubgraphSize)")]
    [InlineData("__missing", "province:nowhere", "NOT_FOUND", "province:nowhere")]
    public async Task A_refusal_in_place_of_the_entities_is_a_coded_error(string key, string value, string code, string mention)
    {
        var answer = """{"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{"reachable":{"$type":"Map","_value":{"""
            + $"\"{key}\":{{\"$type\":\"String\",\"_value\":\"{value}\"}}"
            + """}}}}]]},"bookmarks":[]}""";
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ reachable(from: "province:quang-nam", pattern: ".+") { id } }""");

        var error = response.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(mention, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The parameter holding a list per state, and those lists.</summary>
    private static (string Name, JsonElement[][] States) StepsByState(RecordedRequest request)
    {
        var table = Assert.Single(
            request.Json.GetProperty("parameters").EnumerateObject(),
            p => p.Value.GetProperty("$type").GetString() == "List" && p.Value.GetProperty("_value").EnumerateArray().Any(e => e.GetProperty("$type").GetString() == "List"));
        return (table.Name, [.. table.Value.GetProperty("_value").EnumerateArray().Select(state => state.GetProperty("_value").EnumerateArray().ToArray())]);
    }

    private static string Step(int state, JsonElement row)
    {
        var map = row.GetProperty("_value");
        string Value(string key) => map.GetProperty(key).GetProperty("_value").ToString();
        var via = map.GetProperty("viaType").GetProperty("$type").GetString() == "Null" ? "*" : Value("viaType");
        var way = (Value("forth"), Value("back")) switch
        {
            ("True", "True") => "both",
            ("True", _) => "forth",
            _ => "back",
        };
        return $"{state} {via} {way} {Value("toState")}";
    }
}
