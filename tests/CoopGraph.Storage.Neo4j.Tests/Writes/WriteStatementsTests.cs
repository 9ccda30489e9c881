using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Validation;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>Snapshots of what a batch sends to Neo4j: the facts query, then the write statements with their parameters.</summary>
public sealed class WriteStatementsTests
{
    [Fact]
    public void Facts_query_and_write_statements_for_a_small_batch()
    {
        var (operations, errors) = ModelWriteValidator.Validate(TestModels.Small, Batches.Small());
        Assert.Empty(errors);

        var facts = FactsQuery.For(TestModels.Small, operations);
        var resolved = BatchResolver.Resolve(TestModels.Small, operations, new StoredFacts(), FixedTimeProvider.NowInMilliseconds, "test");
        var writes = WriteStatements.Build(resolved, chunkSize: 1000);

        new
        {
            Facts = new { facts.Statement!.Text, facts.Statement.Parameters },
            Writes = writes.Select(w => new { w.Statement.Text, w.Statement.Parameters, w.ExpectedRows }),
            Commit = WriteStatements.Version(resolved.Changes),
        }.MatchSnapshot();
    }

    [Fact]
    public void Large_batches_are_split_into_chunks()
    {
        var batch = new CoopGraph.Storage.Writes.GraphBatch().Add(Batches.Source());
        for (var i = 0; i < 25; i++)
        {
            batch.Add(Batches.Country($"c{i}", $"Country {i}", $"C{i}"));
        }

        var (operations, _) = ModelWriteValidator.Validate(TestModels.Small, batch);
        var writes = WriteStatements.Build(BatchResolver.Resolve(TestModels.Small, operations, new StoredFacts(), FixedTimeProvider.NowInMilliseconds, "test"), chunkSize: 10);

        Assert.Equal([10, 10, 5, 1], writes.Select(w => w.ExpectedRows));
    }

    [Fact]
    public void Stored_values_add_folded_and_sortable_shadows_and_exact_sources()
    {
        var (operations, _) = ModelWriteValidator.Validate(TestModels.Small, Batches.Small());
        var resolved = BatchResolver.Resolve(TestModels.Small, operations, new StoredFacts(), FixedTimeProvider.NowInMilliseconds, "test");
        var props = resolved.NodeUpserts["province:quang-nam"].Props;

        Assert.Equal("quang nam", props["__fold_name"]);
        Assert.Equal(new object[] { "quang nam–da nang" }, props["__fold_aliases"]);
        Assert.Equal("1831-05", props["founded"]);
        Assert.Equal(18310500L, props["__sort_founded"]);
        Assert.Equal("""[{"source":"source:vnexpress-2023","quote":"Quảng Nam and Nagasaki signed","inferred":false,"note":null}]""",
            props["__sources"]);
        Assert.Equal(new object[] { "source:vnexpress-2023" }, props["__source_ids"]);
    }
}
