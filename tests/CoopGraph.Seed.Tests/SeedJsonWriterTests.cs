using CoopGraph.Graph.Schema.Values;
using CoopGraph.Storage;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Seed.Tests;

public sealed class SeedJsonWriterTests
{
    [Fact]
    public void Writes_fields_in_a_fixed_order_properties_in_model_order_and_text_unescaped()
    {
        var node = new NodeWrite(
            "event:e",
            "Event",
            new Dictionary<string, object?> { ["startDate"] = PartialDate.Parse("--08-25"), ["edition"] = 19L, ["name"] = "Hội An – 長崎 “x”", ["kind"] = "FESTIVAL", ["description"] = null },
            [new SourceRef("source:s", "Japan’s \"quoted\"", true, "a note")]);

        var line = SeedJsonWriter.Node(node, DomainModel.Model.FindLabel("Event"));

        Assert.Equal(
            """{"id":"event:e","label":"Event","properties":{"name":"Hội An – 長崎 “x”","kind":"FESTIVAL","edition":19,"startDate":"--08-25"},"sources":[{"source":"source:s","quote":"Japan’s \"quoted\"","inferred":true,"note":"a note"}]}""",
            line);
    }

    [Fact]
    public void Writes_numbers_in_their_shortest_form_and_relationships_without_properties_as_an_empty_object()
    {
        var investment = new NodeWrite("investment:i", "Investment", new Dictionary<string, object?> { ["title"] = "I", ["capitalUsd"] = 2.3e9, ["shareOfProvinceFdi"] = 0.03 }, [new SourceRef("source:s", "q")]);
        var rel = new RelationshipWrite("IN_COUNTRY", "province:p", "country:c", new Dictionary<string, object?>(), [new SourceRef("source:s", "q")]);

        Assert.Contains("\"capitalUsd\":2300000000,\"shareOfProvinceFdi\":0.03", SeedJsonWriter.Node(investment, DomainModel.Model.FindLabel("Investment")), StringComparison.Ordinal);
        Assert.Equal(
            """{"type":"IN_COUNTRY","start":"province:p","end":"country:c","properties":{},"sources":[{"source":"source:s","quote":"q","inferred":false}]}""",
            SeedJsonWriter.Relationship(rel, DomainModel.Model.FindRelationshipType("IN_COUNTRY")));
    }
}
