using System.Diagnostics;
using System.Text;
using CoopGraph.Benchmarks.Api;
using CoopGraph.Storage.Embedded;

namespace CoopGraph.Benchmarks.WholeGraph;

/// <summary>
/// Concurrent betweenness rankings, each computing (nothing kept, or identical requests would share
/// one computation): without the bound, with it at its defaults, and with it waiting as long as it takes.
/// </summary>
internal sealed partial class WholeGraphScenario
{
    private const string Betweenness = "{ rank(algorithm: BETWEENNESS, first: 10) { score node { id } } }";

    private static async Task ConcurrentAsync(EmbeddedGraphStore store, int concurrent, int limit)
    {
        await ConcurrentAsync(store, concurrent, "unbounded (MaxConcurrentHeavy 0), RequestTimeout default", Settings(0, 0), defaultTimeout: true);
        await ConcurrentAsync(store, concurrent, $"MaxConcurrentHeavy {limit}, HeavyQueueTimeout and RequestTimeout default", Settings(0, limit), defaultTimeout: true);
        await ConcurrentAsync(store, concurrent, $"MaxConcurrentHeavy {limit}, HeavyQueueTimeout 10 min, RequestTimeout 10 min", Settings(0, limit, TimeSpan.FromMinutes(10)), defaultTimeout: false);
    }

    private static async Task ConcurrentAsync(EmbeddedGraphStore store, int concurrent, string label, Dictionary<string, string?> settings, bool defaultTimeout)
    {
        if (defaultTimeout)
        {
            settings.Remove("CoopGraph:Api:RequestTimeout");
        }

        ConcurrencyProbe? probe = null;
        var (_, services) = PlanApi.Create(store, inner => probe = new ConcurrencyProbe(inner), settings);
        var clock = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, concurrent).Select(_ => Task.Run(async () =>
        {
            using var runner = PlanApi.Runner(services);
            var started = clock.Elapsed;
            await runner.RunAsync(Betweenness);
            var text = Encoding.UTF8.GetString(runner.LastResponse());
            var outcome = !text.Contains("\"errors\"", StringComparison.Ordinal) ? "answered"
                : text.Contains("MaxConcurrentHeavy", StringComparison.Ordinal) ? "refused (MaxConcurrentHeavy)"
                : text.Contains("TIMEOUT", StringComparison.Ordinal) || text.Contains("RequestTimeout", StringComparison.Ordinal) ? "timed out (RequestTimeout)"
                : "error " + text[..Math.Min(200, text.Length)];
            return (Outcome: outcome, Seconds: (clock.Elapsed - started).TotalSeconds);
        })));
        var summary = string.Join(", ", outcomes.GroupBy(o => o.Outcome).Select(g => $"{g.Count()} {g.Key} after {string.Join("/", g.Select(o => o.Seconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)))} s"));
        Console.WriteLine($"{concurrent} concurrent betweenness, {label}: most running at once {probe!.MostAtOnce}; {summary}; all done in {clock.Elapsed.TotalSeconds:F1} s");
        await services.DisposeAsync();
    }
}
