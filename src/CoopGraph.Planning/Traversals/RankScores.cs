using System.Globalization;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Betweenness scores are sums of fractions, and two stores that add the same fractions in different
/// orders (Brandes' dependencies on one, per-pair shares on the other) differ in the last bits, enough to
/// break ties differently. Both stores round them to <see cref="BetweennessDecimals"/> places, half away
/// from zero, the way Cypher's <c>round(x, places)</c> does: on the shortest decimal form of the double, back
/// to the nearest double. They round to 12 places first, so that sums differing only in their last bits
/// on either side of a half (1.0029296874999998 against 1.0029296875) round alike.
/// </summary>
public static class RankScores
{
    public const int BetweennessDecimals = 9;

    /// <summary>The places of the first rounding: well below a double's 15 to 17 digits, well above the places kept.</summary>
    public const int BetweennessFirstDecimals = 12;

    public static double RoundBetweenness(double score) => Round(Round(score, BetweennessFirstDecimals), BetweennessDecimals);

    private static double Round(double value, int places)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }

        var shortest = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var rounded = Math.Round(shortest, places, MidpointRounding.AwayFromZero);

        // Through text: the conversion of a decimal to a double is not always the nearest double.
        return double.Parse(rounded.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
