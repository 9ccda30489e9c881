using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Conventions;

/// <summary>Data the model allows but a store must still answer the same way as every other store.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public async Task A_self_loop_read_in_both_directions_is_one_relationship()
    {
        await using var api = await TestGraph.CreateAsync();
        await api.WriteAsync(Rel("PARTNER_OF", "province:da-nang", "province:da-nang"));

        var data = await api.DataAsync("""{ province(id: "province:da-nang") { partners { totalCount nodes { id } } relationships(types: ["PARTNER_OF"]) { id } } }""");

        var province = data.GetProperty("province");
        Assert.Equal(1, province.GetProperty("partners").GetProperty("totalCount").GetInt32());
        Assert.Equal(["province:da-nang"], JsonAssert.Ids(province.GetProperty("partners").GetProperty("nodes")));
        Assert.Single(province.GetProperty("relationships").EnumerateArray());
    }

    [Fact]
    public async Task A_to_one_field_with_several_relationships_shows_the_smallest_id()
    {
        await using var api = await TestGraph.CreateAsync();
        await api.WriteAsync(Rel("IN_COUNTRY", "province:quang-nam", "country:japan"));

        var data = await api.DataAsync("""{ province(id: "province:quang-nam") { country { id } } }""");

        Assert.Equal("country:japan", data.GetProperty("province").GetProperty("country").GetProperty("id").GetString());
    }
}
