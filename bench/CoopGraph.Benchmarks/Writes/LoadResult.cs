namespace CoopGraph.Benchmarks.Writes;

/// <summary>Acknowledged writes over a measured time, with the latency of each (milliseconds).</summary>
internal sealed record LoadResult(int Writes, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs)
{
    public double PerSecond => Writes / Elapsed.TotalSeconds;

    /// <summary>Latencies of several results together, for percentiles over every round.</summary>
    public static IReadOnlyList<double> Pooled(IEnumerable<LoadResult> results) => [.. results.SelectMany(r => r.LatenciesMs).Order()];

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percentile) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
