using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Execution;

public sealed class SmokeTests
{
    [Fact]
    public async Task Provinces_with_country_and_partners()
    {
        await using var api = await GraphQLHarness.CreateAsync();
        await api.WriteAsync(
            Source(),
            Node("country:vietnam", "Country", ("name", "Vietnam"), ("isoCode", "VN")),
            Node("country:japan", "Country", ("name", "Japan"), ("isoCode", "JP")),
            Node("province:quang-nam", "Province", ("name", "Quang Nam"), ("nativeName", "Quảng Nam"), ("kind", "PROVINCE")),
            Node("province:nagasaki", "Province", ("name", "Nagasaki"), ("kind", "PREFECTURE")),
            Rel("IN_COUNTRY", "province:quang-nam", "country:vietnam"),
            Rel("IN_COUNTRY", "province:nagasaki", "country:japan"),
            Rel("PARTNER_OF", "province:quang-nam", "province:nagasaki", ("since", "2017")));

        var data = await api.DataAsync("""
            { provinces(order: [{ name: ASC }]) { totalCount nodes { id name country { name } partners { edges { properties { since } node { name } } } } } }
            """);

        Assert.Equal(
            """{"provinces":{"totalCount":2,"nodes":[{"id":"province:nagasaki","name":"Nagasaki","country":{"name":"Japan"},"partners":{"edges":[{"properties":{"since":"2017"},"node":{"name":"Quang Nam"}}]}},{"id":"province:quang-nam","name":"Quang Nam","country":{"name":"Vietnam"},"partners":{"edges":[{"properties":{"since":"2017"},"node":{"name":"Nagasaki"}}]}}]}}""",
            data.GetRawText());
    }
}
