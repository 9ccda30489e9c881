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

        // The stores take this batch (a detach delete); only the seed's checks demand a country for every province.
        await _api.WriteAsync(new DeleteNode("country:vietnam", Detach: true));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_missing_required_to_one_relationship_is_an_error_naming_the_entity_and_the_field()
    {
        var response = await _api.ExecuteAsync("""{ province(id: "province:quang-nam") { name country { name } } japan: province(id: "province:nagasaki") { name } }""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("INTERNAL", error.GetProperty("extensions").GetProperty("code").GetString());
        JsonAssert.Equal("""["province","country"]""", error.GetProperty("path"));

        // country may not be null, so its null lands on the province; the other field is answered.
        JsonAssert.Equal("""{ "province": null, "japan": { "name": "Nagasaki" } }""", response.GetProperty("data"));
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("province:quang-nam", message, StringComparison.Ordinal);
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
