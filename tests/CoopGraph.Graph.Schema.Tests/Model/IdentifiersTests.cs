using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Graph.Schema.Tests.Model;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("HistoricalTie", "historical-tie")]
    [InlineData("CooperationField", "cooperation-field")]
    [InlineData("Province", "province")]
    public void Labels_become_kebab_case_prefixes(string label, string prefix) => Assert.Equal(prefix, Identifiers.KebabCase(label));

    [Theory]
    [InlineData("province:quang-nam", true)]
    [InlineData("person:araki-sotaro", true)]
    [InlineData("province:Quang-Nam", false)]
    [InlineData("province:quang--nam", false)]
    [InlineData("province:-quang", false)]
    [InlineData("quang-nam", false)]
    [InlineData("province:quảng-nam", false)]
    public void Node_ids_follow_the_rule(string id, bool valid) => Assert.Equal(valid, Identifiers.IsNodeId(id));

    [Fact]
    public void Relationship_ids_name_type_and_ends()
    {
        var id = Identifiers.RelationshipId("PARTNER_OF", "province:quang-nam", "province:nagasaki");
        Assert.Equal("PARTNER_OF:province:quang-nam:province:nagasaki", id);
        Assert.True(Identifiers.TryParseRelationshipId(id, out var type, out var start, out var end));
        Assert.Equal(("PARTNER_OF", "province:quang-nam", "province:nagasaki"), (type, start, end));
        Assert.False(Identifiers.TryParseRelationshipId("PARTNER_OF:province:quang-nam", out _, out _, out _));
    }
}
