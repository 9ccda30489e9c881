using BenchmarkDotNet.Attributes;
using CoopGraph.Benchmarks.Api;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;
using CoopGraph.Storage.Neo4j.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Benchmarks.Neo4j;

/// <summary>
/// Time to translate a traversal operation's plan into its Cypher statement, per traversal field. The
/// plans are the ones the GraphQL pipeline builds for researchers' questions on the seed; the reference
/// point is the embedded store running the same plan and writing the JSON.
/// </summary>
[MemoryDiagnoser]
public class TraversalTranslationBenchmarks
{
    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["shortest-path"] = """{ shortestPath(from: "province:quang-nam", to: "province:hokkaido", labels: ["Province", "Organisation"]) { length nodes { id } relationships { type } } }""",
        ["paths-pattern"] = """{ paths(from: "province:quang-nam", to: "province:nagasaki", maxDepth: 3, pattern: "(.)*") { length nodes { id } } }""",
        ["neighbourhood"] = """{ neighbourhood(id: "province:quang-ninh", depth: 2) { truncated nodes { id } relationships { id } } }""",
        ["reachable"] = """{ reachable(from: "province:quang-nam", pattern: "PARTY_TO>,<PARTY_TO") { id } }""",
        ["rank-pagerank"] = """{ rank(algorithm: PAGERANK, labels: ["Province"]) { score node { id } } }""",
        ["timeline"] = """{ timeline(id: "province:quang-nam", from: "2000") { date description } }""",
    };

    private GraphModel _model = null!;
    private EmbeddedGraphStore _store = null!;
    private EmbeddedPlanExecutor _embedded = null!;
    private ServiceProvider _services = null!;
    private OperationPlan _plan = null!;

    [Params("shortest-path", "paths-pattern", "neighbourhood", "reachable", "rank-pagerank", "timeline")]
    public string Shape { get; set; } = "shortest-path";

    [GlobalSetup]
    public void Setup()
    {
        (_model, _store) = BenchRepository.OpenSeeded();
        _embedded = new EmbeddedPlanExecutor(_store);
        PlanRecorder? recorder = null;
        var (runner, services) = PlanApi.Create(_store, inner => recorder = new PlanRecorder(inner));
        _services = services;
        runner.RunAsync(Operations[Shape]).GetAwaiter().GetResult();
        _plan = recorder!.Last ?? throw new InvalidOperationException($"The operation '{Shape}' built no plan: {System.Text.Encoding.UTF8.GetString(runner.LastResponse())}");
        runner.Dispose();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "control: embedded store runs the plan")]
    public int Embedded()
    {
        using var output = new ResponseOutput();
        _embedded.ExecuteAsync(_plan, output, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return (int)output.ToSequence().Length;
    }

    [Benchmark(Description = "translate the plan to Cypher")]
    public int Translate() => Neo4jPlanTranslator.Translate(_model, _plan)!.Text.Length;
}
