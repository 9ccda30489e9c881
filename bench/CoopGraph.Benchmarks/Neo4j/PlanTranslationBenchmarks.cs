using BenchmarkDotNet.Attributes;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Planning;
using CoopGraph.Planning.Output;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Operands;
using CoopGraph.Planning.Paging;
using CoopGraph.Planning.Predicates;
using CoopGraph.Planning.Sources;
using CoopGraph.Storage.Embedded;
using CoopGraph.Storage.Embedded.Execution;
using CoopGraph.Storage.Neo4j.Reading;

namespace CoopGraph.Benchmarks.Neo4j;

/// <summary>
/// Time to translate one operation's plan into its Cypher statement, per operation shape, without HTTP.
/// The reference point is the embedded store running the same plan over the seed, writing the JSON.
/// </summary>
[MemoryDiagnoser]
public class PlanTranslationBenchmarks
{
    private GraphModel _model = null!;
    private EmbeddedGraphStore _store = null!;
    private EmbeddedPlanExecutor _embedded = null!;
    private Dictionary<string, OperationPlan> _plans = null!;

    [Params("filtered-connection", "nested-connections", "search")]
    public string Shape { get; set; } = "filtered-connection";

    [GlobalSetup]
    public void Setup()
    {
        (_model, _store) = BenchRepository.OpenSeeded();
        _embedded = new EmbeddedPlanExecutor(_store);
        _plans = Plans(_model);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true, Description = "control: embedded store runs the plan")]
    public int Embedded()
    {
        using var output = new ResponseOutput();
        _embedded.ExecuteAsync(_plans[Shape], output, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return (int)output.ToSequence().Length;
    }

    [Benchmark(Description = "translate the plan to Cypher")]
    public int Translate() => Neo4jPlanTranslator.Translate(_model, _plans[Shape])!.Text.Length;

    private static Dictionary<string, OperationPlan> Plans(GraphModel model)
    {
        var province = model.FindLabel("Province")!;
        var name = province.FindProperty("name")!;
        var byName = new SortKey[] { new(new PropertyOperand(name), false), new(IdOperand.Instance, false) };
        var byId = new SortKey[] { new(IdOperand.Instance, false) };
        var project = new EntityProjection(new Dictionary<NodeType, IReadOnlyList<OutputField>>
        {
            [province] = [new EntityValueField("id", EntityValue.Id), new PropertyField("name", name)],
        });
        var filtered = new ConnectionField(
            "provinces",
            new FilterEntities(new ScanLabel(province), new AndPredicate([
                new ComparePredicate(new PropertyOperand(province.FindProperty("nativeName")!), CompareOperator.IContains, "quang"),
                new ComparePredicate(new PropertyOperand(province.FindProperty("kind")!), CompareOperator.In, new object[] { "PROVINCE", "PREFECTURE" }),
            ])),
            byName,
            new PageRequest(25, null, null, null),
            [new ConnectionValueField("totalCount", ConnectionValue.TotalCount), new NodesField("nodes", false, project)]);

        var partners = province.FindRelationship("partners")!;
        var country = province.FindRelationship("country")!;
        var nestedProject = new EntityProjection(new Dictionary<NodeType, IReadOnlyList<OutputField>>
        {
            [province] =
            [
                new EntityValueField("id", EntityValue.Id),
                new EntityField("country", new ExpandRelationship(country), new EntityProjection(new Dictionary<NodeType, IReadOnlyList<OutputField>>
                {
                    [country.Targets[0]] = [new PropertyField("name", country.Targets[0].FindProperty("name")!)],
                })),
                new ConnectionField("partners", new ExpandRelationship(partners), byId, new PageRequest(5, null, null, null),
                    [new EdgesField("edges", [new ConnectionValueField("cursor", ConnectionValue.Cursor), new NodesField("node", true, project)])]),
            ],
        });
        var nested = new ConnectionField("provinces", new ScanLabel(province), byName, new PageRequest(10, null, null, null),
            [new PageInfoField("pageInfo", [new ConnectionValueField("hasNextPage", ConnectionValue.HasNextPage), new ConnectionValueField("endCursor", ConnectionValue.EndCursor)]),
             new NodesField("nodes", false, nestedProject)]);

        var search = new SearchField("search", "quang", model.Labels, 20, [new SearchScoreField("score"), new NodesField("node", true, new EntityProjection(
            model.Labels.ToDictionary(l => l, IReadOnlyList<OutputField> (_) => [new EntityValueField("id", EntityValue.Id)])))]);

        return new Dictionary<string, OperationPlan>(StringComparer.Ordinal)
        {
            ["filtered-connection"] = new([filtered]),
            ["nested-connections"] = new([nested]),
            ["search"] = new([search]),
        };
    }
}
