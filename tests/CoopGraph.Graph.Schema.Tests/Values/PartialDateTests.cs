using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Graph.Schema.Tests.Values;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2017")]
    [InlineData("2023-11")]
    [InlineData("2023-11-16")]
    [InlineData("--08-25")]
    public void Round_trips_each_precision(string text) => Assert.Equal(text, PartialDate.Parse(text).ToString());

    [Theory]
    [InlineData("17")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("2023-1-5")]
    [InlineData("--13-01")]
    [InlineData("twenty")]
    [InlineData("")]
    public void Refuses_what_is_not_a_partial_date(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Orders_by_year_then_month_then_day_with_missing_parts_first_and_missing_years_last()
    {
        var dates = new[] { "--01-01", "2023-11-16", "2023", "2017", "2023-11", "2023-01-31" }.Select(PartialDate.Parse).Order().Select(d => d.ToString());
        Assert.Equal(["2017", "2023", "2023-01-31", "2023-11", "2023-11-16", "--01-01"], dates);
    }
}
