using CoopGraph.Host.Http;

namespace CoopGraph.Host.Tests.Http;

public sealed class MediaTypeSyntaxTests
{
    [Theory]
    [InlineData("application/json", "application", "json", null, 1.0)]
    [InlineData(" Application/JSON ; Charset=\"UTF-8\" ", "application", "json", "UTF-8", 1.0)]
    [InlineData("application/json;q=0.25;charset=utf-8", "application", "json", "utf-8", 0.25)]
    [InlineData("text/html;q=2", "text", "html", null, 0.0)]
    [InlineData("*/*;q=abc", "*", "*", null, 0.0)]
    public void Reads_type_charset_and_weight(string value, string type, string subtype, string? charset, double quality)
    {
        Assert.True(MediaTypeSyntax.TryParse(value, out var actualType, out var actualSubtype, out var actualCharset, out var actualQuality));
        Assert.Equal((type, subtype, charset, quality), (actualType, actualSubtype, actualCharset, actualQuality));
    }

    [Theory]
    [InlineData("")]
    [InlineData("json")]
    [InlineData("application/")]
    [InlineData("/json")]
    [InlineData("appli cation/json")]
    public void Refuses_what_is_not_a_media_type(string value)
    {
        Assert.False(MediaTypeSyntax.TryParse(value, out _, out _, out _, out _));
    }

    [Fact]
    public void Splits_accept_entries_outside_quotes()
    {
        var ranges = MediaTypeSyntax.ParseAccept("application/json;foo=\"a,b\";q=0.5, text/html, bad");

        Assert.Equal([("application", "json", 0.5), ("text", "html", 1.0)], ranges.Select(r => (r.Type, r.Subtype, r.Quality)));
    }
}
