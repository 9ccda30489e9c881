using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Storage.Writes;

namespace CoopGraph.GraphQL.Tests.Seed;

/// <summary>A graph that lost facts the type definitions require answers with an error, never with a null in a non-null field.</summary>
public sealed class DamagedGraphTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync()
    {
        _api = await GraphQLHarness.CreateSeededAsync();

        // The stores take a province without its country in a batch of its own, as a bulk import writes entities before
        // their relationships (they refuse only the removal of a required relationship); the seed's checks would not.
        await _api.WriteAsync(new NodeWrite(
            "province:quang-nam-2",
            "Province",
            new Dictionary<string, object?> { ["name"] = "Quang Nam 2", ["kind"] = "PROVINCE" },
            [new CoopGraph.Storage.SourceRef("source:quang-ninh-and-hokkaido-sign-cooperation-agreement", null, Inferred: true, Note: "A damaged graph for this test.")]));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_missing_required_to_one_relationship_is_an_error_naming_the_entity_and_the_field()
    {
        var response = await _api.ExecuteAsync("""{ province(id: "province:quang-nam-2") { name country { name } } japan: province(id: "province:nagasaki") { name } }""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL", error.GetProperty("extensions").GetProperty("code").GetString());
        JsonAssert.Equal("""["province","country"]""", error.GetProperty("path"));

        // country may not be null, so its null lands on the province; the other field is answered.
        JsonAssert.Equal("""{ "province": null, "japan": { "name": "Nagasaki" } }""", response.GetProperty("data"));
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("province:quang-nam-2", message, StringComparison.Ordinal);
        Assert.Contains("Province.country", message, StringComparison.Ordinal);
        Assert.Contains("damaged", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entities_that_kept_their_required_relationship_answer_as_before()
    {
        var data = await _api.DataAsync("""{ province(id: "province:nagasaki") { name country { name } } }""");

        Assert.Equal("Japan", data.GetProperty("province").GetProperty("country").GetProperty("name").GetString());
    }
}
