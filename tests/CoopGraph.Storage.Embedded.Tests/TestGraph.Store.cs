using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Writes;

// The shared test graph's namespace, so that this part and the shared ones make one type.
namespace CoopGraph.Tests.Shared;

/// <summary>Embedded stores over the small model, empty or holding a few cities.</summary>
internal static partial class TestGraph
{
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
