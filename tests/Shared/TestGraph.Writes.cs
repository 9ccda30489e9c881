using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Tests.Shared;

/// <summary>Writes into the small model, each citing one source, so a test names only what it is about.</summary>
internal static partial class TestGraph
{
    public static readonly IReadOnlyList<SourceRef> Cited = [new SourceRef("source:atlas", "as the atlas says")];

    public static NodeWrite Source() =>
        new("source:atlas", "Source", new Dictionary<string, object?> { ["title"] = "Atlas", ["file"] = "atlas.md" }, Cited);

    public static NodeWrite City(string key, string? name = null, long? population = null, string? code = null) =>
        new($"city:{key}", "City", Properties(("name", name ?? key), ("population", population), ("code", code)), Cited);

    public static NodeWrite Country(string key, string? name = null) =>
        new($"country:{key}", "Country", Properties(("name", name ?? key)), Cited);

    public static RelationshipWrite Road(string from, string to, double? km = null) =>
        new("ROAD", $"city:{from}", $"city:{to}", Properties(("km", km)), Cited);

    public static RelationshipWrite InCountryOf(string city, string country) =>
        new("IN_COUNTRY", $"city:{city}", $"country:{country}", Properties(), Cited);

    public static Dictionary<string, object?> Properties(params (string Name, object? Value)[] values) =>
        values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value);

    public static GraphBatch Batch(params GraphWrite[] operations) => new(operations);
}
