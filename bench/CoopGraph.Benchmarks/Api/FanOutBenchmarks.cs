using BenchmarkDotNet.Attributes;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// The 25 × 25 × 25 fan-out in process, response JSON included: the plan path against
/// graphql-dotnet's per-field execution over plain objects (baseline) and over the store per parent (N+1).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 20)]
public class FanOutBenchmarks
{
    private FanOutFixture _fixture = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _fixture = await FanOutFixture.CreateAsync();
        var (fields, bytes) = await _fixture.VerifyAsync();
        Console.WriteLine($"// fan-out: {fields:N0} resolved fields, {bytes:N0} response bytes, identical on all paths");
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _fixture.DisposeAsync();

    [Benchmark(Baseline = true, Description = "control: per-field over POCOs")]
    public Task<long> PocoControl() => _fixture.Poco.RunAsync(FanOutQuery.Text);

    [Benchmark(Description = "plan over the store")]
    public Task<long> Plan() => _fixture.Plan.RunAsync(FanOutQuery.Text);

    [Benchmark(Description = "N+1: per-field over the store")]
    public Task<long> NaiveStore() => _fixture.Naive.RunAsync(FanOutQuery.Text);
}
