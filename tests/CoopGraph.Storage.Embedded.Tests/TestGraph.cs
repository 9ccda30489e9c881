using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Embedded.Tests;

/// <summary>A small purpose-built model and helpers to write into it.</summary>
internal static class TestGraph
{
    public const string Sdl = """
        enum CityKind { CITY TOWN }

        type Source @node {
          id: ID! @id
          title: String! @display
          file: String @unique
        }

        type Country @node @plural(value: "countries") {
          id: ID! @id
          name: String! @display @unique
          cities: [City!]! @relationship(type: "IN_COUNTRY", direction: IN)
        }

        type City @node @plural(value: "cities") {
          id: ID! @id
          name: String! @display @index
          code: String @unique
          population: Int
          kind: CityKind
          tags: [String!]
          founded: PartialDate
          country: Country @relationship(type: "IN_COUNTRY", direction: OUT)
          roads: [City!]! @relationship(type: "ROAD", direction: OUT, properties: "Road")
        }

        type Road @relationshipProperties {
          km: Float
          name: String
        }
        """;

    public static readonly GraphModel Model = ModelCompiler.CompileOrThrow(Sdl);

    public static readonly IReadOnlyList<SourceRef> Cited = [new SourceRef("source:atlas", "as the atlas says")];

    public static NodeType CityLabel => Model.FindLabel("City")!;

    public static NodeType CountryLabel => Model.FindLabel("Country")!;

    public static RelationshipType RoadType => Model.FindRelationshipType("ROAD")!;

    public static RelationshipType InCountryType => Model.FindRelationshipType("IN_COUNTRY")!;

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

    public static Task<EmbeddedGraphStore> OpenAsync(string path = ":memory:", GraphModel? model = null) =>
        EmbeddedGraphStore.OpenAsync(model ?? Model, new EmbeddedStoreOptions { DataPath = path });

    /// <summary>A store holding the source, three cities in a row of roads, and a country.</summary>
    public static async Task<EmbeddedGraphStore> OpenSeededAsync(string path = ":memory:")
    {
        var store = await OpenAsync(path);
        await store.WriteAsync(Batch(
            Source(),
            City("hoi-an", "Hội An", 120_000, "HA"),
            City("da-nang", "Da Nang", 1_200_000, "DN"),
            City("hue", "Huế", 650_000, "HU"),
            Country("vietnam", "Vietnam"),
            Road("hoi-an", "da-nang", 30),
            Road("da-nang", "hue", 95),
            InCountryOf("hoi-an", "vietnam")));
        return store;
    }

    public static async Task<GraphWriteException> RefusedAsync(EmbeddedGraphStore store, params GraphWrite[] operations) =>
        await Assert.ThrowsAsync<GraphWriteException>(() => store.WriteAsync(Batch(operations)));
}
