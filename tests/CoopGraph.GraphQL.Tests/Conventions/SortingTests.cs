using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Conventions;

public sealed class SortingTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await TestGraph.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<string[]> Order(string root, string order) =>
        JsonAssert.Ids((await _api.DataAsync($"{{ {root}(order: {order}) {{ nodes {{ id }} }} }}")).GetProperty(root).GetProperty("nodes"));

    [Theory]
    [InlineData("[{ name: ASC }]", "province:da-nang,province:hokkaido,province:nagasaki,province:quang-nam,province:quang-ninh")]
    [InlineData("[{ name: DESC }]", "province:quang-ninh,province:quang-nam,province:nagasaki,province:hokkaido,province:da-nang")]
    [InlineData("[{ kind: ASC }, { name: DESC }]", "province:da-nang,province:nagasaki,province:hokkaido,province:quang-ninh,province:quang-nam")]
    [InlineData("[{ kind: DESC }]", "province:quang-nam,province:quang-ninh,province:hokkaido,province:nagasaki,province:da-nang")]
    [InlineData("[{ country: { name: ASC } }]", "province:hokkaido,province:nagasaki,province:da-nang,province:quang-nam,province:quang-ninh")]
    [InlineData("[{ partnersCount: DESC }]", "province:nagasaki,province:quang-ninh,province:hokkaido,province:quang-nam,province:da-nang")]
    [InlineData("[{ partnersCount: ASC }, { name: DESC }]", "province:da-nang,province:quang-nam,province:hokkaido,province:quang-ninh,province:nagasaki")]
    [InlineData("[{ id: DESC }]", "province:quang-ninh,province:quang-nam,province:nagasaki,province:hokkaido,province:da-nang")]
    // Enum values sort by name, as they are stored (both stores agree).
    public async Task Provinces_sort_by_keys_relationships_and_counts_with_ties_by_id(string order, string expected) =>
        Assert.Equal(expected.Split(','), await Order("provinces", order));

    [Theory]
    [InlineData("[{ signedOn: ASC }]", "agreement:qn-nagasaki,agreement:qn-hokkaido,agreement:draft")]
    [InlineData("[{ signedOn: DESC }]", "agreement:draft,agreement:qn-hokkaido,agreement:qn-nagasaki")]
    public async Task Partial_dates_sort_by_precision_and_nulls_sort_last_ascending(string order, string expected) =>
        Assert.Equal(expected.Split(','), await Order("agreements", order));

    [Fact]
    public async Task Keys_within_one_input_object_apply_in_the_order_written()
    {
        var byKindThenName = await Order("provinces", "[{ kind: DESC, name: DESC }]");
        var byNameThenKind = await Order("provinces", "[{ name: ASC, kind: DESC }]");
        Assert.Equal(["province:quang-ninh", "province:quang-nam", "province:nagasaki", "province:hokkaido", "province:da-nang"], byKindThenName);
        Assert.Equal(["province:da-nang", "province:hokkaido", "province:nagasaki", "province:quang-nam", "province:quang-ninh"], byNameThenKind);
    }

    [Fact]
    public async Task Relationship_connections_sort_their_targets()
    {
        var data = await _api.DataAsync("""{ province(id: "province:quang-ninh") { partners(order: [{ name: DESC }]) { nodes { id } } } }""");
        Assert.Equal(["province:nagasaki", "province:hokkaido"], JsonAssert.Ids(data.GetProperty("province").GetProperty("partners").GetProperty("nodes")));
    }
}
