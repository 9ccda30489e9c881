using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Seed;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoopGraph.GraphQL.Tests.Traversals;

/// <summary>Researchers' questions on the seed graph, answered through GraphQL.</summary>
public sealed class SeedTraversalTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync()
    {
        _api = await GraphQLHarness.CreateAsync();
        await new SeedImporter(_api.Store, NullLogger<SeedImporter>.Instance).ImportFolderAsync(Path.Combine(RepositoryPaths.Root, "seed"));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task How_are_Nagasaki_and_Hokkaido_connected()
    {
        var data = await _api.DataAsync("""
            {
              shortestPath(from: "province:nagasaki", to: "province:hokkaido") {
                length
                nodes { id label displayName sources { source { id } } }
                relationships { id type start { id } end { id } sources { quote } }
              }
              allShortestPaths(from: "province:nagasaki", to: "province:hokkaido", first: 50) { length nodes { id } }
              paths(from: "province:nagasaki", to: "province:hokkaido", maxDepth: 3, first: 5) { length }
            }
            """);
        var path = data.GetProperty("shortestPath");
        var length = path.GetProperty("length").GetInt32();
        var nodes = path.GetProperty("nodes").EnumerateArray().ToArray();
        var relationships = path.GetProperty("relationships").EnumerateArray().ToArray();
        Assert.InRange(length, 1, 6);
        Assert.Equal(length + 1, nodes.Length);
        Assert.Equal(length, relationships.Length);
        Assert.Equal("province:nagasaki", nodes[0].GetProperty("id").GetString());
        Assert.Equal("province:hokkaido", nodes[^1].GetProperty("id").GetString());
        Assert.All(nodes, n => Assert.NotEmpty(n.GetProperty("sources").EnumerateArray()));

        // Each relationship joins the nodes on either side of it, whichever way it points.
        for (var i = 0; i < length; i++)
        {
            var ends = new[] { relationships[i].GetProperty("start").GetProperty("id").GetString(), relationships[i].GetProperty("end").GetProperty("id").GetString() };
            Assert.Equal(new[] { nodes[i].GetProperty("id").GetString(), nodes[i + 1].GetProperty("id").GetString() }.Order(), ends.Order());
        }

        var all = data.GetProperty("allShortestPaths").EnumerateArray().ToArray();
        Assert.NotEmpty(all);
        Assert.All(all, p => Assert.Equal(length, p.GetProperty("length").GetInt32()));
        Assert.Equal(all.Length, all.Select(p => string.Join(">", p.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()))).Distinct().Count());
        var lengths = data.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("length").GetInt32()).ToArray();
        Assert.Equal(lengths.Order(), lengths);
        Assert.All(lengths, l => Assert.InRange(l, length, 3));
    }

    [Fact]
    public async Task A_type_or_label_named_twice_is_followed_once()
    {
        var data = await _api.DataAsync("""
            {
              once: allShortestPaths(from: "province:quang-nam", to: "province:nagasaki", types: ["PARTNER_OF", "PARTY_TO"], labels: ["Agreement"], first: 50) { nodes { id } relationships { id } }
              twice: allShortestPaths(from: "province:quang-nam", to: "province:nagasaki", types: ["PARTNER_OF", "PARTY_TO", "PARTNER_OF"], labels: ["Agreement", "Agreement"], first: 50) { nodes { id } relationships { id } }
              degreeOnce: rank(types: ["PARTNER_OF"], first: 3) { score node { id } }
              degreeTwice: rank(types: ["PARTNER_OF", "PARTNER_OF"], first: 3) { score node { id } }
            }
            """);
        Assert.NotEmpty(data.GetProperty("once").EnumerateArray());
        Assert.Equal(data.GetProperty("once").GetRawText(), data.GetProperty("twice").GetRawText());
        Assert.Equal(data.GetProperty("degreeOnce").GetRawText(), data.GetProperty("degreeTwice").GetRawText());
    }

    [Fact]
    public async Task What_surrounds_Araki_Sotaro()
    {
        var data = await _api.DataAsync("""
            {
              neighbourhood(id: "person:araki-sotaro", depth: 2) {
                truncated
                nodes { id ... on Person { name } }
                relationships { type start { id } end { id } }
              }
              small: neighbourhood(id: "person:araki-sotaro", depth: 2, limit: 2) { truncated nodes { id } }
            }
            """);
        var subgraph = data.GetProperty("neighbourhood");
        var ids = subgraph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToArray();
        Assert.False(subgraph.GetProperty("truncated").GetBoolean());
        Assert.Equal("person:araki-sotaro", ids[0]);
        Assert.Contains("person:princess-ngoc-hoa", ids);
        Assert.Contains("historical-tie:marriage-of-princess-ngoc-hoa-and-araki-sotaro", ids);
        Assert.Contains(subgraph.GetProperty("relationships").EnumerateArray(), r => r.GetProperty("type").GetString() == "MARRIED_TO");
        Assert.All(subgraph.GetProperty("relationships").EnumerateArray(), r =>
        {
            Assert.Contains(r.GetProperty("start").GetProperty("id").GetString(), ids);
            Assert.Contains(r.GetProperty("end").GetProperty("id").GetString(), ids);
        });
        Assert.True(data.GetProperty("small").GetProperty("truncated").GetBoolean());
        Assert.Equal(2, data.GetProperty("small").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task What_happened_in_2023()
    {
        var data = await _api.DataAsync("""
            {
              timeline(from: "2023", to: "2023", first: 500) { date description entity { id label } relationship { type } }
              all: timeline(first: 1000) { date }
            }
            """);
        var entries = data.GetProperty("timeline").EnumerateArray().ToArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.StartsWith("2023", e.GetProperty("date").GetString(), StringComparison.Ordinal));
        Assert.Contains(entries, e => e.GetProperty("entity").GetProperty("id").GetString() == "event:hokkaido-festival-2023");
        var dates = entries.Select(e => Graph.Schema.Values.PartialDate.Parse(e.GetProperty("date").GetString()!)).ToArray();
        Assert.Equal(dates.Order(), dates);
        var everything = data.GetProperty("all").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToArray();
        Assert.True(everything.Length > entries.Length);
        Assert.Equal(everything.Count(d => d.StartsWith("2023", StringComparison.Ordinal)), entries.Length);
    }

    [Fact]
    public async Task Timeline_of_one_entity_keeps_to_its_facts()
    {
        var data = await _api.DataAsync("""
            { timeline(id: "event:hokkaido-festival-2023") { date entity { id } relationship { start { id } end { id } } } }
            """);
        var entries = data.GetProperty("timeline").EnumerateArray().ToArray();
        Assert.Contains(entries, e => e.GetProperty("entity").GetProperty("id").GetString() == "event:hokkaido-festival-2023");
    }

    [Fact]
    public async Task Other_parties_of_Quang_Nam_agreements_by_pattern()
    {
        var data = await _api.DataAsync("""
            {
              reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<PARTY_TO") { id }
              paths(from: "province:quang-nam", to: "province:nagasaki", pattern: "PARTY_TO>,<PARTY_TO", maxDepth: 2) {
                relationships { type }
              }
              commonNeighbours(a: "province:quang-nam", b: "province:nagasaki") { id }
              rank(labels: ["Province"], algorithm: PAGERANK, first: 3) { score node { id } }
              betweenness: rank(labels: ["Province"], algorithm: BETWEENNESS, first: 3) { score node { id } }
              degree: rank(first: 3) { score node { id } }
            }
            """);
        var parties = data.GetProperty("reachable").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToArray();
        Assert.Contains("province:nagasaki", parties);
        Assert.DoesNotContain("province:quang-nam", parties);
        Assert.All(
            data.GetProperty("paths").EnumerateArray(),
            p => Assert.Equal(["PARTY_TO", "PARTY_TO"], p.GetProperty("relationships").EnumerateArray().Select(r => r.GetProperty("type").GetString())));
        Assert.NotEmpty(data.GetProperty("paths").EnumerateArray());
        Assert.NotEmpty(data.GetProperty("commonNeighbours").EnumerateArray());
        foreach (var name in new[] { "rank", "betweenness", "degree" })
        {
            var scores = data.GetProperty(name).EnumerateArray().Select(r => r.GetProperty("score").GetDouble()).ToArray();
            Assert.Equal(3, scores.Length);
            Assert.Equal(scores.OrderDescending(), scores);
        }
    }

    [Theory]
    [InlineData("""{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<NOPE") { id } }""", 12)]
    [InlineData("""{ paths(from: "province:quang-nam", to: "province:nagasaki", pattern: "NOPE+") { length } }""", 1)]
    public async Task An_unknown_type_in_a_pattern_is_refused_with_every_known_type(string query, int position)
    {
        var response = await _api.ExecuteAsync(query);

        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
        var known = string.Join(", ", DomainModel.Model.RelationshipTypes.Select(t => t.Name));
        Assert.Equal(
            $"Bad path pattern at position {position}: unknown relationship type 'NOPE'; known: {known}.",
            response.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<NOPE") { id } }""", "BAD_USER_INPUT", "position 12")]
    [InlineData("""{ shortestPath(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 50) { length } }""", "LIMIT_EXCEEDED", "MaxDepth")]
    [InlineData("""{ paths(from: "province:quang-nam", to: "province:nagasaki", first: 5000) { length } }""", "LIMIT_EXCEEDED", "MaxPaths")]
    [InlineData("""{ neighbourhood(id: "province:quang-nam", limit: 100000) { truncated } }""", "LIMIT_EXCEEDED", "MaxSubgraphSize")]
    [InlineData("""{ shortestPath(from: "province:nowhere", to: "province:nagasaki") { length } }""", "NOT_FOUND", "province:nowhere")]
    [InlineData("""{ neighbourhood(id: "province:quang-nam", types: ["NOPE"]) { truncated } }""", "BAD_USER_INPUT", "NOPE")]
    [InlineData("""{ shortestPath(from: "quang-nam", to: "province:nagasaki") { length } }""", "NOT_FOUND", "ids read label:key, for instance 'province:quang-nam'")]
    [InlineData("""{ neighbourhood(id: "nagasaki") { truncated } }""", "NOT_FOUND", "ids read label:key")]
    public async Task Bad_requests_get_coded_errors(string query, string code, string mention)
    {
        var response = await _api.ExecuteAsync(query);
        var error = response.GetProperty("errors")[0];
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(mention, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
