using BenchmarkDotNet.Attributes;
using CoopGraph.Graph.Schema.Model;
using CoopGraph.Storage;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Benchmarks.Neo4j;

/// <summary>
/// Time to turn a batch into the Neo4j statements (facts query, resolution against no stored facts, UNWIND writes),
/// per batch, without any HTTP. The control is the model validation every store runs anyway.
/// </summary>
[MemoryDiagnoser]
public class WriteStatementBuildingBenchmarks
{
    private GraphModel _model = null!;
    private GraphBatch _batch = null!;

    [Params(100, 1000)]
    public int Provinces { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _model = BenchRepository.LoadModel();
        SourceRef[] cited = [new("source:bench", "the words of the article", false, null)];
        _batch = new GraphBatch()
            .Add(new NodeWrite("source:bench", "Source", new Dictionary<string, object?> { ["title"] = "Bench", ["file"] = "bench.md" }, cited))
            .Add(new NodeWrite("country:japan", "Country", new Dictionary<string, object?> { ["name"] = "Japan", ["isoCode"] = "JP" }, cited));
        for (var i = 0; i < Provinces; i++)
        {
            _batch.Add(new NodeWrite($"province:p{i}", "Province",
                new Dictionary<string, object?> { ["name"] = $"Tỉnh Quảng {i}", ["kind"] = "PROVINCE", ["description"] = "Một tỉnh ven biển miền Trung" }, cited));
            _batch.Add(new RelationshipWrite("IN_COUNTRY", $"province:p{i}", "country:japan", new Dictionary<string, object?>(), cited));
        }
    }

    [Benchmark(Baseline = true, Description = "control: model validation")]
    public int Validate() => ModelWriteValidator.Validate(_model, _batch).Canonical.Count;

    [Benchmark(Description = "facts query + resolve + write statements")]
    public int BuildStatements()
    {
        var facts = FactsQuery.For(_model, _batch.Operations);
        var (resolved, _) = WritePlan.Resolve(_model, _batch, facts, new StoredFacts(), DateTimeOffset.UnixEpoch);
        return WriteStatements.Build(resolved, 1000).Count + (facts.Statement is null ? 0 : 1);
    }
}
