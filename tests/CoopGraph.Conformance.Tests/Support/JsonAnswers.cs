using System.Text.Json;

namespace CoopGraph.Conformance.Tests.Support;

/// <summary>
/// Compares an answer with the expected one: the same JSON, keys in the same order, except that
/// non-integral numbers may differ in their last bits. Scores such as betweenness are sums of
/// fractions, and another store may add them in another order.
/// </summary>
internal static class JsonAnswers
{
    private const double RelativeTolerance = 1e-9;

    public static void AssertEquivalent(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected);
        using var actualDocument = JsonDocument.Parse(actual);
        if (!Equivalent(expectedDocument.RootElement, actualDocument.RootElement))
        {
            // Shows the whole difference.
            Assert.Equal(expected, actual);
        }
    }

    public static bool Equivalent(JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return false;
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var expectedProperties = expected.EnumerateObject().ToList();
                var actualProperties = actual.EnumerateObject().ToList();
                return expectedProperties.Count == actualProperties.Count
                    && expectedProperties.Zip(actualProperties).All(p => p.First.Name == p.Second.Name && Equivalent(p.First.Value, p.Second.Value));
            case JsonValueKind.Array:
                return expected.GetArrayLength() == actual.GetArrayLength()
                    && expected.EnumerateArray().Zip(actual.EnumerateArray()).All(p => Equivalent(p.First, p.Second));
            case JsonValueKind.Number when expected.TryGetInt64(out var expectedInteger) && actual.TryGetInt64(out var actualInteger):
                return expectedInteger == actualInteger;
            case JsonValueKind.Number:
                var (a, b) = (expected.GetDouble(), actual.GetDouble());
                return Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
            default:
                return expected.GetRawText() == actual.GetRawText();
        }
    }
}
