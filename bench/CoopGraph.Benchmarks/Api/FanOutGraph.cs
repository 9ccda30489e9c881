using CoopGraph.Graph.Schema.Model;
using CoopGraph.Seed.Synthetic;
using CoopGraph.Storage;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// The graph of the API fan-out benchmarks: a synthetic graph (power-law relationships over every
/// label) with a purpose-built fan-out inside it, 100k nodes in all. Each of 25 fan-out provinces
/// is party to 25 agreements of its own, and each of those has 25 parties: its province and 24
/// synthetic organisations, universities, countries and provinces. The fan-out province ids sort
/// before the synthetic ones, so <c>provinces(first: 25)</c> (ordered by id) returns exactly them.
/// </summary>
internal static class FanOutGraph
{
    public const int Width = 25;
    public const int TotalNodes = 100_000;
    public const int SyntheticRelationships = 300_000;

    private const int FanOutNodes = Width + (Width * Width);
    private static readonly string[] PartyLabels = ["Organisation", "University", "Country", "Province"];
    private static readonly IReadOnlyList<SourceRef> Sources = [new SourceRef(SyntheticGraphGenerator.SourceId, "Generated fan-out.")];

    public static string ProvinceId(int p) => $"province:a-fan-{p:00}";

    public static string AgreementId(int p, int a) => $"agreement:a-fan-{p:00}-{a:00}";

    public static async Task<EmbeddedGraphStore> BuildAsync(GraphModel model)
    {
        var store = await EmbeddedGraphStore.OpenAsync(model, new EmbeddedStoreOptions { DataPath = ":memory:", SynchronousFull = false });
        var generator = new SyntheticGraphGenerator(model, new SyntheticGraphOptions(TotalNodes - FanOutNodes, SyntheticRelationships, Seed: 42, BatchSize: 100_000));
        foreach (var batch in generator.Generate())
        {
            await store.WriteAsync(batch);
        }

        await store.WriteAsync(FanOut(model, generator));
        return store;
    }

    private static GraphBatch FanOut(GraphModel model, SyntheticGraphGenerator generator)
    {
        var batch = new GraphBatch();
        var partyCounts = PartyLabels.Select(l => generator.CountOf(model.FindLabel(l)!)).ToArray();
        var next = 0;
        for (var p = 0; p < Width; p++)
        {
            batch.Add(new NodeWrite(ProvinceId(p), "Province", Properties(("name", $"Fan-out province {p:00}"), ("kind", "PROVINCE")), Sources));
            for (var a = 0; a < Width; a++)
            {
                var agreement = AgreementId(p, a);
                batch.Add(new NodeWrite(agreement, "Agreement", Properties(("title", $"Agreement {p:00}-{a:00}")), Sources));
                batch.Add(new RelationshipWrite("PARTY_TO", ProvinceId(p), agreement, Properties(), Sources));
                for (var k = 0; k < Width - 1; k++, next++)
                {
                    var which = next % PartyLabels.Length;
                    var label = model.FindLabel(PartyLabels[which])!;
                    var party = SyntheticGraphGenerator.NodeId(label, (next / PartyLabels.Length) % partyCounts[which]);
                    batch.Add(new RelationshipWrite("PARTY_TO", party, agreement, Properties(("role", "signatory")), Sources));
                }
            }
        }

        return batch;
    }

    private static Dictionary<string, object?> Properties(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
