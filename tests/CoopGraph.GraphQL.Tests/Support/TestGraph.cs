using CoopGraph.Planning;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Support;

/// <summary>
/// A small purpose-built graph over the real model, with the awkward cases the conventions
/// must handle: diacritics, missing values, several partners, dates of every precision.
/// </summary>
internal static class TestGraph
{
    public static async Task<GraphQLHarness> CreateAsync(IDictionary<string, string?>? settings = null, Func<IPlanExecutor, IPlanExecutor>? wrap = null)
    {
        var api = await GraphQLHarness.CreateAsync(settings: settings, wrap: wrap);
        await api.WriteAsync(
            Source(),
            Node("country:vietnam", "Country", ("name", "Vietnam"), ("isoCode", "VN"), ("nativeName", "Việt Nam")),
            Node("country:japan", "Country", ("name", "Japan"), ("isoCode", "JP"), ("nativeName", "日本")),
            Node("province:quang-nam", "Province", ("name", "Quang Nam"), ("nativeName", "Quảng Nam"), ("kind", "PROVINCE")),
            Node("province:quang-ninh", "Province", ("name", "Quang Ninh"), ("nativeName", "Quảng Ninh"), ("kind", "PROVINCE")),
            Node("province:da-nang", "Province", ("name", "Da Nang"), ("nativeName", "Đà Nẵng"), ("kind", "MUNICIPALITY")),
            Node("province:nagasaki", "Province", ("name", "Nagasaki"), ("nativeName", "長崎県"), ("kind", "PREFECTURE")),
            Node("province:hokkaido", "Province", ("name", "Hokkaidō"), ("kind", "PREFECTURE"), ("description", "Northern island prefecture")),
            Rel("IN_COUNTRY", "province:quang-nam", "country:vietnam"),
            Rel("IN_COUNTRY", "province:quang-ninh", "country:vietnam"),
            Rel("IN_COUNTRY", "province:da-nang", "country:vietnam"),
            Rel("IN_COUNTRY", "province:nagasaki", "country:japan"),
            Rel("IN_COUNTRY", "province:hokkaido", "country:japan"),
            Rel("PARTNER_OF", "province:quang-nam", "province:nagasaki", ("since", "2017"), ("status", "ACTIVE")),
            Rel("PARTNER_OF", "province:quang-ninh", "province:hokkaido", ("since", "2023-11-16")),
            Rel("PARTNER_OF", "province:quang-ninh", "province:nagasaki", ("since", "2023-11")),
            Node("agreement:qn-nagasaki", "Agreement", ("title", "Quang Nam – Nagasaki cooperation"), ("signedOn", "2017"), ("status", "SIGNED")),
            Node("agreement:qn-hokkaido", "Agreement", ("title", "Quang Ninh – Hokkaido cooperation"), ("signedOn", "2023-11-16"), ("status", "SIGNED")),
            Node("agreement:draft", "Agreement", ("title", "A draft without a date"), ("status", "PROPOSED")),
            Rel("PARTY_TO", "province:quang-nam", "agreement:qn-nagasaki", ("role", "party")),
            Rel("PARTY_TO", "province:nagasaki", "agreement:qn-nagasaki", ("role", "party")),
            Rel("PARTY_TO", "province:quang-ninh", "agreement:qn-hokkaido", ("role", "party")),
            Rel("PARTY_TO", "province:hokkaido", "agreement:qn-hokkaido", ("role", "host")),
            Node("event:exchange-19", "Event", ("name", "19th Hoi An – Japan Cultural Exchange"), ("kind", "CULTURAL_EXCHANGE"), ("edition", 19L), ("endDate", "2023-08-06")),
            Node("event:festival", "Event", ("name", "Hokkaido Festival 2023"), ("kind", "FESTIVAL"), ("startDate", "2023-11")),
            Node("event:talks", "Event", ("name", "Talks in Ha Long"), ("kind", "TALKS"), ("edition", 1L), ("startDate", "2023-11-16")),
            Node("investment:japan-quang-nam", "Investment", ("title", "Japanese FDI in Quang Nam"), ("projectCount", 18L), ("capitalUsd", 194_000_000.0), ("capitalIsLowerBound", false)),
            Node("investment:japan-quang-ninh", "Investment", ("title", "Japanese FDI in Quang Ninh"), ("projectCount", 12L), ("capitalUsd", 2_300_000_000.0), ("capitalIsLowerBound", true)));
        return api;
    }
}
