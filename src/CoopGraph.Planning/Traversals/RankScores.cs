using System.Globalization;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// Betweenness scores are sums of fractions, and two stores that add the same fractions in different
/// orders (Brandes' dependencies on one, per-pair shares on the other) differ in the last bits, enough to
/// break ties differently. Both stores round them to <see cref="BetweennessDecimals"/> places, half away
/// from zero, on the shortest decimal form of the double: what Cypher's <c>round(score, 9)</c> does.
/// </summary>
public static class RankScores
{
    public const int BetweennessDecimals = 9;

    public static double RoundBetweenness(double score)
    {
        if (!double.IsFinite(score))
        {
            return score;
        }

        var shortest = decimal.Parse(score.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return (double)Math.Round(shortest, BetweennessDecimals, MidpointRounding.AwayFromZero);
    }
}
