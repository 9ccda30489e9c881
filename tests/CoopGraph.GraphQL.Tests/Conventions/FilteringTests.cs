using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Support.JsonAssert;

namespace CoopGraph.GraphQL.Tests.Conventions;

public sealed class FilteringTests : IAsyncLifetime
{
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await TestGraph.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<string[]> Provinces(string where) =>
        JsonAssert.Ids((await _api.DataAsync($"{{ provinces(where: {where}) {{ nodes {{ id }} }} }}")).GetProperty("provinces").GetProperty("nodes"));

    private async Task<string[]> Ids(string root, string where) =>
        JsonAssert.Ids((await _api.DataAsync($"{{ {root}(where: {where}) {{ nodes {{ id }} }} }}")).GetProperty(root).GetProperty("nodes"));

    [Theory]
    [InlineData("{ name: { eq: \"Quang Nam\" } }", "province:quang-nam")]
    [InlineData("{ name: { neq: \"Quang Nam\" } }", "province:da-nang,province:hokkaido,province:nagasaki,province:quang-ninh")]
    [InlineData("{ name: { in: [\"Nagasaki\", \"Da Nang\"] } }", "province:da-nang,province:nagasaki")]
    [InlineData("{ name: { nin: [\"Nagasaki\", \"Da Nang\"] } }", "province:hokkaido,province:quang-nam,province:quang-ninh")]
    [InlineData("{ name: { contains: \"ang N\" } }", "province:quang-nam,province:quang-ninh")]
    [InlineData("{ name: { ncontains: \"Quang\" } }", "province:da-nang,province:hokkaido,province:nagasaki")]
    [InlineData("{ name: { startsWith: \"Quang\" } }", "province:quang-nam,province:quang-ninh")]
    [InlineData("{ name: { nstartsWith: \"Quang\" } }", "province:da-nang,province:hokkaido,province:nagasaki")]
    [InlineData("{ name: { endsWith: \"nh\" } }", "province:quang-ninh")]
    [InlineData("{ name: { nendsWith: \"nh\" } }", "province:da-nang,province:hokkaido,province:nagasaki,province:quang-nam")]
    [InlineData("{ name: { eq: \"quang nam\" } }", "")]
    public async Task String_operators(string where, string expected) =>
        Assert.Equal(Split(expected), await Provinces(where));

    [Theory]
    [InlineData("{ nativeName: { ieq: \"quang nam\" } }", "province:quang-nam")]
    [InlineData("{ name: { ieq: \"hokkaido\" } }", "province:hokkaido")]
    [InlineData("{ name: { ieq: \"HOKKAIDŌ\" } }", "province:hokkaido")]
    [InlineData("{ nativeName: { ieq: \"da nang\" } }", "province:da-nang")]
    [InlineData("{ nativeName: { icontains: \"NINH\" } }", "province:quang-ninh")]
    [InlineData("{ nativeName: { istartsWith: \"quảng\" } }", "province:quang-nam,province:quang-ninh")]
    [InlineData("{ nativeName: { iendsWith: \"nang\" } }", "province:da-nang")]
    [InlineData("{ description: { icontains: \"ISLAND\" } }", "province:hokkaido")]
    public async Task Folding_operators_ignore_case_and_diacritics(string where, string expected) =>
        Assert.Equal(Split(expected), await Provinces(where));

    [Theory]
    [InlineData("{ edition: { eq: 19 } }", "event:exchange-19")]
    [InlineData("{ edition: { neq: 19 } }", "event:festival,event:talks")]
    [InlineData("{ edition: { gt: 1 } }", "event:exchange-19")]
    [InlineData("{ edition: { gte: 1 } }", "event:exchange-19,event:talks")]
    [InlineData("{ edition: { lt: 19 } }", "event:talks")]
    [InlineData("{ edition: { lte: 19 } }", "event:exchange-19,event:talks")]
    [InlineData("{ edition: { ngt: 1 } }", "event:festival,event:talks")]
    [InlineData("{ edition: { ngte: 19 } }", "event:festival,event:talks")]
    [InlineData("{ edition: { nlt: 19 } }", "event:exchange-19,event:festival")]
    [InlineData("{ edition: { nlte: 1 } }", "event:exchange-19,event:festival")]
    [InlineData("{ edition: { in: [1, 2] } }", "event:talks")]
    [InlineData("{ edition: { nin: [1] } }", "event:exchange-19,event:festival")]
    [InlineData("{ edition: { eq: null } }", "event:festival")]
    [InlineData("{ startDate: { gte: \"2023-11\" } }", "event:festival,event:talks")]
    [InlineData("{ startDate: { gt: \"2023-11\" } }", "event:talks")]
    [InlineData("{ startDate: { eq: \"2023-11-16\" } }", "event:talks")]
    [InlineData("{ endDate: { lt: \"2023-09\" } }", "event:exchange-19")]
    [InlineData("{ id: { in: [\"event:talks\", \"event:none\"] } }", "event:talks")]
    [InlineData("{ id: { gt: \"event:f\" } }", "event:festival,event:talks")]
    public async Task Comparable_operators_on_numbers_dates_and_ids(string where, string expected) =>
        Assert.Equal(Split(expected), await Ids("events", where));

    [Theory]
    [InlineData("{ capitalIsLowerBound: { eq: true } }", "investment:japan-quang-ninh")]
    [InlineData("{ capitalIsLowerBound: { neq: true } }", "investment:japan-quang-nam")]
    [InlineData("{ capitalUsd: { gt: 1000000000 } }", "investment:japan-quang-ninh")]
    [InlineData("{ projectCount: { lte: 12 } }", "investment:japan-quang-ninh")]
    public async Task Boolean_and_float_operators(string where, string expected) =>
        Assert.Equal(Split(expected), await Ids("investments", where));

    [Theory]
    [InlineData("{ kind: { eq: PREFECTURE } }", "province:hokkaido,province:nagasaki")]
    [InlineData("{ kind: { neq: PROVINCE } }", "province:da-nang,province:hokkaido,province:nagasaki")]
    [InlineData("{ kind: { in: [MUNICIPALITY, PREFECTURE] } }", "province:da-nang,province:hokkaido,province:nagasaki")]
    [InlineData("{ kind: { nin: [PREFECTURE] } }", "province:da-nang,province:quang-nam,province:quang-ninh")]
    public async Task Enum_operators(string where, string expected) =>
        Assert.Equal(Split(expected), await Provinces(where));

    [Theory]
    [InlineData("{ and: [{ kind: { eq: PROVINCE } }, { name: { endsWith: \"Nam\" } }] }", "province:quang-nam")]
    [InlineData("{ or: [{ kind: { eq: MUNICIPALITY } }, { name: { eq: \"Nagasaki\" } }] }", "province:da-nang,province:nagasaki")]
    [InlineData("{ not: { kind: { eq: PROVINCE } } }", "province:da-nang,province:hokkaido,province:nagasaki")]
    [InlineData("{ kind: { eq: PROVINCE }, name: { contains: \"Ninh\" } }", "province:quang-ninh")]
    [InlineData("{ or: [] }", "province:da-nang,province:hokkaido,province:nagasaki,province:quang-nam,province:quang-ninh")]
    [InlineData("{ not: { or: [{ kind: { eq: PROVINCE } }, { kind: { eq: MUNICIPALITY } }] } }", "province:hokkaido,province:nagasaki")]
    public async Task Logical_operators(string where, string expected) =>
        Assert.Equal(Split(expected), await Provinces(where));

    [Theory]
    [InlineData("{ partners: { some: { name: { eq: \"Nagasaki\" } } } }", "province:quang-nam,province:quang-ninh")]
    [InlineData("{ partners: { all: { kind: { eq: PREFECTURE } } } }", "province:da-nang,province:quang-nam,province:quang-ninh")]
    [InlineData("{ partners: { none: { name: { eq: \"Nagasaki\" } } } }", "province:da-nang,province:hokkaido,province:nagasaki")]
    [InlineData("{ partners: { single: { kind: { eq: PREFECTURE } } } }", "province:quang-nam")]
    [InlineData("{ partners: { any: true } }", "province:hokkaido,province:nagasaki,province:quang-nam,province:quang-ninh")]
    [InlineData("{ partners: { any: false } }", "province:da-nang")]
    [InlineData("{ country: { name: { eq: \"Japan\" } } }", "province:hokkaido,province:nagasaki")]
    [InlineData("{ country: { isoCode: { eq: \"VN\" } }, partners: { any: false } }", "province:da-nang")]
    [InlineData("{ agreements: { some: { signedOn: { gte: \"2023\" } } } }", "province:hokkaido,province:quang-ninh")]
    public async Task Relationship_quantifiers_and_to_one_filters(string where, string expected) =>
        Assert.Equal(Split(expected), await Provinces(where));

    [Fact]
    public async Task Edge_and_node_filters_on_a_relationship_connection()
    {
        var data = await _api.DataAsync("""
            {
              province(id: "province:quang-ninh") {
                byEdge: partners(where: { edge: { since: { gte: "2023-11-10" } } }) { nodes { id } }
                byNode: partners(where: { node: { name: { eq: "Nagasaki" } } }) { nodes { id } }
                plain: partners(where: { name: { startsWith: "Hok" } }) { nodes { id } }
                both: partners(where: { edge: { since: { lt: "2023-11-10" } }, node: { kind: { eq: PREFECTURE } } }) { nodes { id } }
              }
            }
            """);
        var province = data.GetProperty("province");
        Assert.Equal(["province:hokkaido"], JsonAssert.Ids(province.GetProperty("byEdge").GetProperty("nodes")));
        Assert.Equal(["province:nagasaki"], JsonAssert.Ids(province.GetProperty("byNode").GetProperty("nodes")));
        Assert.Equal(["province:hokkaido"], JsonAssert.Ids(province.GetProperty("plain").GetProperty("nodes")));
        Assert.Equal(["province:nagasaki"], JsonAssert.Ids(province.GetProperty("both").GetProperty("nodes")));
    }

    [Theory]
    [InlineData("{ provinces(where: { population: { eq: 1 } }) { totalCount } }")]
    [InlineData("{ provinces(where: { name: { gt: \"A\" } }) { totalCount } }")]
    [InlineData("{ provinces(where: { kind: { eq: \"PROVINCE\" } }) { totalCount } }")]
    [InlineData("{ provinces(where: { name: { eq: 5 } }) { totalCount } }")]
    public async Task Unknown_fields_and_wrong_types_are_validation_errors(string query)
    {
        var response = await _api.ExecuteAsync(query);
        Assert.False(response.TryGetProperty("data", out _));
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", ErrorCodes(response));
    }

    [Fact]
    public async Task Variables_carry_filters()
    {
        var data = await _api.DataAsync(
            "query($w: ProvinceFilterInput) { provinces(where: $w) { nodes { id } } }",
            new { w = new { nativeName = new { ieq = "QUANG NINH" } } });
        Assert.Equal(["province:quang-ninh"], JsonAssert.Ids(data.GetProperty("provinces").GetProperty("nodes")));
    }

    private static string[] Split(string ids) => ids.Length == 0 ? [] : ids.Split(',');
}
