using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Writes;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>
/// Snapshots of what each write kind sends to Neo4j, resolved against the facts the read would return: the facts
/// query, the write statements with their guards, stamps and expected rows, the commit, and the counts.
/// </summary>
public sealed class WriteKindsTests
{
    private const string Actor = "key:editor";
    private static readonly string Partner = StoredGraph.RelationshipId("PARTNER_OF", "province:quang-nam", "province:nagasaki");
    private static readonly string InJapan = StoredGraph.RelationshipId("IN_COUNTRY", "province:nagasaki", "country:japan");

    private static object Translated(GraphBatch batch, StoredFacts stored)
    {
        var facts = FactsQuery.For(TestModels.Small, batch.Operations);
        var (resolved, errors) = WritePlan.Resolve(TestModels.Small, batch, facts, stored, FixedTimeProvider.NowInMilliseconds);
        Assert.Empty(errors);
        var writes = WriteStatements.Build(resolved, chunkSize: 1000);
        return new
        {
            Facts = new { facts.Statement!.Text, facts.Statement.Parameters },
            Writes = writes.Select(w => new { w.Statement.Text, w.Statement.Parameters, w.ExpectedRows }),
            Commit = WriteStatements.Version(resolved.Changes),
            Counts = resolved.Counts.ToResult(0),
        };
    }

    private static StoredFacts Facts(params (string Id, StoredFact Fact)[] nodes)
    {
        var facts = new StoredFacts();
        foreach (var (id, fact) in nodes)
        {
            facts.Nodes[id] = fact;
        }

        return facts;
    }

    [Fact]
    public void Create_only_node_and_relationship()
    {
        var batch = new GraphBatch { Actor = Actor }
            .Add(Batches.Country() with { CreateOnly = true })
            .Add(Batches.Province("nagasaki", "Nagasaki") with { CreateOnly = true })
            .Add(new RelationshipWrite("IN_COUNTRY", "province:nagasaki", "country:japan", new Dictionary<string, object?>(), Batches.Cited) { CreateOnly = true });
        var stored = Facts(("source:vnexpress-2023", StoredGraph.Whole(Batches.Source(), FactStamp.Unrecorded)));

        Translated(batch, stored).MatchSnapshot();
    }

    [Fact]
    public void Node_patch_sets_and_removes_properties_at_the_expected_version()
    {
        var batch = new GraphBatch { Actor = Actor }
            .Add(new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["population"] = 1_600_000L, ["area"] = null, ["founded"] = "1832" }, null)
            {
                ExpectedVersion = StoredGraph.Stamp.Version,
                Label = "Province",
            });
        var stored = Facts(
            ("province:quang-nam", StoredGraph.Whole(Batches.Province("quang-nam", "Quảng Nam"), StoredGraph.Stamp)),
            ("source:vnexpress-2023", StoredGraph.Exists(FactStamp.Unrecorded)));

        Translated(batch, stored).MatchSnapshot();
    }

    [Fact]
    public void Relationship_patch_with_new_sources_quoting_a_source_text()
    {
        var batch = new GraphBatch { Actor = Actor }
            .Add(new RelationshipPatch(Partner, new Dictionary<string, object?> { ["status"] = "paused", ["since"] = null }, Batches.Quoting("signed a memorandum on trade"))
            {
                ExpectedVersion = StoredGraph.Stamp.Version,
            });
        var stored = Facts(
            ("province:quang-nam", StoredGraph.Exists(FactStamp.Unrecorded)),
            ("province:nagasaki", StoredGraph.Exists(FactStamp.Unrecorded)),
            ("source:nhan-dan-2024", StoredGraph.Whole(Batches.SourceWithText(), FactStamp.Unrecorded)));
        stored.Relationships[Partner] = StoredGraph.Whole(Batches.Partner("quang-nam", "nagasaki"), StoredGraph.Stamp);

        Translated(batch, stored).MatchSnapshot();
    }

    [Fact]
    public void Versioned_deletes()
    {
        var batch = new GraphBatch { Actor = Actor }
            .Add(new DeleteRelationship(Partner) { ExpectedVersion = StoredGraph.Stamp.Version })
            .Add(new DeleteNode("province:nagasaki", Detach: true) { ExpectedVersion = 2 });
        var stored = Facts(("province:nagasaki", StoredGraph.Exists(StoredGraph.Stamp with { Version = 2 })));
        stored.RelationshipsOf["province:nagasaki"] = [InJapan, Partner];
        stored.Relationships[Partner] = StoredGraph.Exists(StoredGraph.Stamp);

        Translated(batch, stored).MatchSnapshot();
    }

    [Fact]
    public void A_change_set_mixing_the_kinds_with_a_new_source_and_a_quote_citing_it()
    {
        var hue = new NodeWrite("province:hue", "Province", new Dictionary<string, object?> { ["name"] = "Huế" }, Batches.Quoting("Quảng Nam and Nagasaki signed"));
        var batch = new GraphBatch { Actor = Actor }
            .Add(Batches.SourceWithText() with { CreateOnly = true })
            .Add(hue with { CreateOnly = true })
            .Add(new NodePatch("province:quang-nam", new Dictionary<string, object?> { ["aliases"] = new[] { "QN" } }, Batches.Quoting("a  memorandum on trade - and on \"youth exchanges\""))
            {
                ExpectedVersion = StoredGraph.Stamp.Version,
            })
            .Add(new RelationshipWrite("PARTNER_OF", "province:hue", "province:nagasaki", new Dictionary<string, object?> { ["status"] = "active" }, Batches.Quoting("signed")) { CreateOnly = true })
            .Add(new DeleteRelationship(Partner) { ExpectedVersion = StoredGraph.Stamp.Version });
        var stored = Facts(
            ("province:quang-nam", StoredGraph.Whole(Batches.Province("quang-nam", "Quảng Nam"), StoredGraph.Stamp)),
            ("province:nagasaki", StoredGraph.Exists(FactStamp.Unrecorded)));
        stored.Relationships[Partner] = StoredGraph.Exists(StoredGraph.Stamp);

        Translated(batch, stored).MatchSnapshot();
    }
}
