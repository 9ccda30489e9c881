namespace CoopGraph.Seed.Synthetic;

/// <summary>
/// Picks an index in [0, count) with probability close to 1/(rank+1), so a few nodes get very
/// many relationships and most get few (a power law, as in real knowledge graphs). Ranks are
/// scattered over the indexes by a multiplicative permutation, so hubs are not all the first nodes.
/// </summary>
internal static class ZipfPicker
{
    private const long Scatter = 1_000_003;

    public static int Pick(Random random, int count)
    {
        var rank = (long)Math.Exp(random.NextDouble() * Math.Log(count + 1.0)) - 1;
        rank = Math.Clamp(rank, 0, count - 1);
        return count % Scatter == 0 ? (int)rank : (int)(rank * Scatter % count);
    }
}
