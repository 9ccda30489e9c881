using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Seed;

/// <summary>Questions a person exploring the seeded graph asks, answered through the API.</summary>
public sealed class SeedQueryTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await GraphQLHarness.CreateSeededAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Vietnamese_spellings_find_the_provinces()
    {
        var data = await _api.DataAsync("""{ provinces(where: { nativeName: { ieq: "quang nam" } }) { nodes { id name country { name } } } }""");
        Assert.Equal("""[{"id":"province:quang-nam","name":"Quang Nam","country":{"name":"Vietnam"}}]""", data.GetProperty("provinces").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task Every_entity_and_relationship_cites_a_source_with_its_words()
    {
        var data = await _api.DataAsync("""
            { province(id: "province:quang-ninh") { sources { quote source { title } } relationships(first: 200) { type sources { inferred quote note } } } }
            """);
        var province = data.GetProperty("province");
        Assert.NotEmpty(province.GetProperty("sources").EnumerateArray());
        foreach (var relationship in province.GetProperty("relationships").EnumerateArray())
        {
            var sources = relationship.GetProperty("sources").EnumerateArray().ToArray();
            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.True(
                s.GetProperty("quote").GetString() is { Length: > 0 } || s.GetProperty("note").GetString() is { Length: > 0 },
                relationship.GetRawText()));
        }
    }

    [Fact]
    public async Task The_agreement_signed_in_ha_long_names_its_parties_and_signatories()
    {
        var data = await _api.DataAsync("""
            {
              agreements(where: { signedAt: { displayName: { icontains: "ha long" } } }, order: [{ signedOn: ASC }]) {
                nodes { signedOn parties { nodes { ... on Entity { id } } } signatories { nodes { id } } }
              }
            }
            """);
        var agreements = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.NotEmpty(agreements);
        var all = agreements.SelectMany(a => a.GetProperty("parties").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("id").GetString())).ToArray();
        Assert.Contains("province:quang-ninh", all);
        Assert.Contains("province:hokkaido", all);
        Assert.Contains(agreements, a => a.GetProperty("signatories").GetProperty("nodes").EnumerateArray().Any(s => s.GetProperty("id").GetString() == "person:suzuki-naomichi"));
    }

    [Fact]
    public async Task The_red_seal_ship_is_found_by_search_and_shows_where_it_is()
    {
        var data = await _api.DataAsync("""{ search(text: "red-seal ship") { node { id ... on Artifact { displayedAt { name } giftedBy { nodes { name } } } } } }""");
        var hit = data.GetProperty("search")[0].GetProperty("node");
        Assert.StartsWith("artifact:", hit.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("Japanese", hit.GetProperty("displayedAt").GetProperty("name").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Nagasaki", hit.GetProperty("giftedBy").GetProperty("nodes")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_gift_links_the_giver_and_the_recipient_as_entities()
    {
        var data = await _api.DataAsync("""
            {
              artifact(id: "artifact:red-seal-ship-model") {
                giftedBy { edges { node { id } properties { occasion } } }
                giftedTo { nodes { id name country { name } } }
              }
              province(id: "province:quang-nam") { giftsReceived { nodes { id } } }
            }
            """);
        var artifact = data.GetProperty("artifact");
        Assert.Equal("province:nagasaki", artifact.GetProperty("giftedBy").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString());
        var recipient = artifact.GetProperty("giftedTo").GetProperty("nodes").EnumerateArray().Single();
        Assert.Equal("province:quang-nam", recipient.GetProperty("id").GetString());
        Assert.Equal("Vietnam", recipient.GetProperty("country").GetProperty("name").GetString());
        Assert.Equal("artifact:red-seal-ship-model", data.GetProperty("province").GetProperty("giftsReceived").GetProperty("nodes")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Provinces_rank_by_how_many_fields_they_seek_cooperation_in()
    {
        var data = await _api.DataAsync("""{ provinces(order: [{ seeksCooperationInCount: DESC }], first: 2) { nodes { id seeksCooperationIn { totalCount } } } }""");
        var nodes = data.GetProperty("provinces").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.True(nodes[0].GetProperty("seeksCooperationIn").GetProperty("totalCount").GetInt32() >= nodes[1].GetProperty("seeksCooperationIn").GetProperty("totalCount").GetInt32());
        Assert.Contains(nodes[0].GetProperty("id").GetString(), new[] { "province:quang-ninh", "province:quang-nam" });
    }
}
