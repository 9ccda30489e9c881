using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Graph.Schema.Tests.Values;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Quảng Nam", "quang nam")]
    [InlineData("Hokkaidō", "hokkaido")]
    [InlineData("Đặng Quốc Khánh", "dang quoc khanh")]
    [InlineData("Hạ Long", "ha long")]
    [InlineData("already folded", "already folded")]
    [InlineData("北海道", "北海道")]
    public void Folds_case_and_diacritics(string text, string folded) => Assert.Equal(folded, TextFolding.Fold(text));
}
