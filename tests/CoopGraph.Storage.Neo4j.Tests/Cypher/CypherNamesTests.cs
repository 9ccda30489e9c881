using CoopGraph.Storage.Neo4j.Cypher;

namespace CoopGraph.Storage.Neo4j.Tests.Cypher;

public sealed class CypherNamesTests
{
    [Theory]
    [InlineData("Province", "`Province`")]
    [InlineData("PARTNER_OF", "`PARTNER_OF`")]
    [InlineData("__fold_name", "`__fold_name`")]
    [InlineData("my`var", "`my``var`")]
    [InlineData("`", "````")]
    [InlineData("a`) DETACH DELETE n //", "`a``) DETACH DELETE n //`")]
    [InlineData("Tỉnh Quảng Nam", "`Tỉnh Quảng Nam`")]
    [InlineData("北海道", "`北海道`")]
    [InlineData("emoji😀", "`emoji😀`")]
    [InlineData("{braces} 'quotes' \"double\"", "`{braces} 'quotes' \"double\"`")]
    [InlineData("1starts-with-digit", "`1starts-with-digit`")]
    public void Names_are_wrapped_in_backticks_with_backticks_doubled(string name, string escaped) =>
        Assert.Equal(escaped, CypherNames.Escape(name));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a\\u0060b", "backslash")]
    [InlineData("a\\b", "backslash")]
    [InlineData("line\nbreak", "control character")]
    [InlineData("nul\0", "control character")]
    public void Names_that_cannot_be_written_faithfully_are_refused(string name, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => CypherNames.Escape(name));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => CypherNames.Escape("lone" + (char)0xD800 + "x"));
        Assert.Contains("lone surrogate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_longer_than_cyphers_limit_are_refused() =>
        Assert.Throws<ArgumentException>(() => CypherNames.Escape(new string('a', CypherNames.MaxLength + 1)));
}
