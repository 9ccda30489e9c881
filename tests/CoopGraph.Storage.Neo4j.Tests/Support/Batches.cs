using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

internal static class Batches
{
    public static readonly SourceRef[] Cited = [new("source:vnexpress-2023", "Quảng Nam and Nagasaki signed", false, null)];

    public static NodeWrite Source() => new("source:vnexpress-2023", "Source", new Dictionary<string, object?> { ["title"] = "Cooperation", ["file"] = "vnexpress-2023.md" }, [new("source:vnexpress-2023", null, true, "the article itself")]);

    /// <summary>A Source with its own text, which quotes citing it are checked against.</summary>
    public const string ArticleText = "On 12 May 2024 Quảng Nam and Nagasaki signed a memorandum on trade — and on “youth exchanges”.";

    public static NodeWrite SourceWithText() => new(
        "source:nhan-dan-2024", "Source",
        new Dictionary<string, object?> { ["title"] = "Memorandum", ["file"] = "nhan-dan-2024.md", ["text"] = ArticleText },
        [new("source:nhan-dan-2024", null, true, "the article itself")]);

    public static SourceRef[] Quoting(string quote) => [new("source:nhan-dan-2024", quote, false, null)];

    public static NodeWrite Country(string key = "japan", string name = "Japan", string iso = "JP") =>
        new($"country:{key}", "Country", new Dictionary<string, object?> { ["name"] = name, ["isoCode"] = iso }, Cited);

    public static NodeWrite Province(string key, string name) => new(
        $"province:{key}", "Province",
        new Dictionary<string, object?> { ["name"] = name, ["founded"] = "1831-05", ["population"] = 1519000L, ["area"] = 10574.0, ["aliases"] = new[] { "Quảng Nam–Đà Nẵng" } },
        Cited);

    public static RelationshipWrite Partner(string start, string end) => new(
        "PARTNER_OF", $"province:{start}", $"province:{end}",
        new Dictionary<string, object?> { ["since"] = new PartialDate(2017), ["status"] = "active" }, Cited);

    public static GraphBatch Small() => new GraphBatch()
        .Add(Source())
        .Add(Country())
        .Add(Province("quang-nam", "Quảng Nam"))
        .Add(Province("nagasaki", "Nagasaki"))
        .Add(new RelationshipWrite("IN_COUNTRY", "province:nagasaki", "country:japan", new Dictionary<string, object?>(), Cited))
        .Add(Partner("quang-nam", "nagasaki"));
}
