using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;
using CoopGraph.Storage.Validation;
using CoopGraph.Storage.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Writes;

/// <summary>The store-dependent checks and counts, given the facts Cypher returned about the stored graph.</summary>
public sealed class BatchResolverTests
{
    private static ResolvedBatch Resolve(GraphBatch batch, StoredFacts? facts = null)
    {
        var (operations, errors) = ModelWriteValidator.Validate(TestModels.Small, batch);
        Assert.Empty(errors);
        return BatchResolver.Resolve(TestModels.Small, operations, facts ?? new StoredFacts(), FixedTimeProvider.NowInMilliseconds, "test");
    }

    /// <summary>The small batch as stored, as the facts query reads it: values compared in Cypher, sources returned.</summary>
    private static StoredFacts StoredSmallBatch(bool same)
    {
        var facts = new StoredFacts();
        foreach (var operation in Batches.Small().Operations)
        {
            var (id, sources) = operation switch
            {
                NodeWrite node => (node.Id, node.Sources),
                RelationshipWrite relationship => (relationship.Id, relationship.Sources),
                _ => throw new InvalidOperationException(),
            };
            var fact = new StoredFact(FactStamp.Unrecorded) { SameValues = same, SourcesJson = SourcesJson.Write(sources) };
            (operation is NodeWrite ? facts.Nodes : facts.Relationships)[id] = fact;
        }

        return facts;
    }

    private static StoredFact Exists() => new(FactStamp.Unrecorded);

    [Fact]
    public void A_new_batch_creates_everything()
    {
        var resolved = Resolve(Batches.Small());

        Assert.Empty(resolved.Errors);
        Assert.Equal((4, 2), (resolved.Counts.NodesCreated, resolved.Counts.RelationshipsCreated));
        Assert.Equal(4, resolved.NodeUpserts.Count);
        Assert.Equal(2, resolved.RelationshipUpserts.Count);
    }

    [Fact]
    public void An_identical_write_is_unchanged_and_sends_nothing()
    {
        var resolved = Resolve(Batches.Small(), StoredSmallBatch(same: true));

        Assert.Equal((4, 2), (resolved.Counts.NodesUnchanged, resolved.Counts.RelationshipsUnchanged));
        Assert.False(resolved.Changes);
    }

    [Fact]
    public void A_different_write_updates()
    {
        var resolved = Resolve(Batches.Small(), StoredSmallBatch(same: false));

        Assert.Equal((4, 2), (resolved.Counts.NodesUpdated, resolved.Counts.RelationshipsUpdated));
        Assert.True(resolved.Changes);
    }

    [Fact]
    public void Writing_the_same_node_twice_in_a_batch_counts_the_second_as_unchanged()
    {
        var resolved = Resolve(new GraphBatch().Add(Batches.Source()).Add(Batches.Country()).Add(Batches.Country()));

        Assert.Equal((2, 1), (resolved.Counts.NodesCreated, resolved.Counts.NodesUnchanged));
    }

    [Fact]
    public void A_relationship_to_a_missing_node_is_a_dangling_end()
    {
        var resolved = Resolve(new GraphBatch().Add(Batches.Source()).Add(Batches.Province("quang-nam", "Quảng Nam")).Add(Batches.Partner("quang-nam", "nagasaki")));

        var error = Assert.Single(resolved.Errors);
        Assert.Equal((2, "DANGLING_END"), (error.OperationIndex, error.Code));
        Assert.Contains("province:nagasaki", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_does_not_exist_is_unknown()
    {
        var error = Assert.Single(Resolve(new GraphBatch().Add(Batches.Country())).Errors);

        Assert.Equal((0, "UNKNOWN_SOURCE"), (error.OperationIndex, error.Code));
    }

    [Fact]
    public void A_unique_value_held_by_another_stored_node_is_a_duplicate()
    {
        var facts = new StoredFacts();
        facts.Nodes["source:vnexpress-2023"] = Exists();
        facts.Nodes["country:nippon"] = Exists();
        facts.UniqueHolders[("Country", "isoCode", "JP")] = "country:nippon";

        var error = Assert.Single(Resolve(new GraphBatch().Add(Batches.Country()), facts).Errors);

        Assert.Equal("DUPLICATE_UNIQUE", error.Code);
        Assert.Contains("country:nippon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unique_value_released_earlier_in_the_batch_can_be_taken()
    {
        var facts = new StoredFacts();
        facts.Nodes["source:vnexpress-2023"] = Exists();
        facts.Nodes["country:nippon"] = Exists() with { SameValues = false, SourcesJson = "[]" };
        facts.UniqueHolders[("Country", "isoCode", "JP")] = "country:nippon";

        var resolved = Resolve(new GraphBatch().Add(Batches.Country("nippon", "Nippon", "XX")).Add(Batches.Country()), facts);

        Assert.Empty(resolved.Errors);
    }

    [Fact]
    public void Two_new_nodes_with_one_unique_value_collide_within_the_batch()
    {
        var error = Assert.Single(Resolve(new GraphBatch().Add(Batches.Source()).Add(Batches.Country()).Add(Batches.Country("nippon", "Nippon", "JP"))).Errors);

        Assert.Equal((2, "DUPLICATE_UNIQUE"), (error.OperationIndex, error.Code));
    }

    [Fact]
    public void Deleting_what_does_not_exist_is_not_found()
    {
        var resolved = Resolve(new GraphBatch().Add(new DeleteNode("country:atlantis")).Add(new DeleteRelationship("PARTNER_OF:province:a:province:b")));

        Assert.Equal(["NOT_FOUND", "NOT_FOUND"], resolved.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Deleting_a_node_with_relationships_needs_detach()
    {
        var facts = StoredSmallBatch(same: true);
        facts.RelationshipsOf["province:nagasaki"] = ["IN_COUNTRY:province:nagasaki:country:japan", "PARTNER_OF:province:quang-nam:province:nagasaki"];

        var refused = Resolve(new GraphBatch().Add(new DeleteNode("province:nagasaki")), facts);
        var detached = Resolve(new GraphBatch().Add(new DeleteNode("province:nagasaki", Detach: true)), facts);

        Assert.Equal("HAS_RELATIONSHIPS", Assert.Single(refused.Errors).Code);
        Assert.Empty(detached.Errors);
        Assert.Equal((1, 2), (detached.Counts.NodesDeleted, detached.Counts.RelationshipsDeleted));
        Assert.Equal(2, detached.RelationshipDeletes.Count);
        Assert.Equal(new NodeDelete("Province", true, 1), detached.NodeDeletes["province:nagasaki"]);
    }

    [Fact]
    public void Deleting_the_relationships_first_lets_a_plain_delete_through()
    {
        var facts = StoredSmallBatch(same: true);
        facts.RelationshipsOf["province:nagasaki"] = ["IN_COUNTRY:province:nagasaki:country:japan"];

        var resolved = Resolve(new GraphBatch().Add(new DeleteRelationship("IN_COUNTRY:province:nagasaki:country:japan")).Add(new DeleteNode("province:nagasaki")), facts);

        Assert.Empty(resolved.Errors);
        Assert.Equal(new NodeDelete("Province", false, 1), resolved.NodeDeletes["province:nagasaki"]);
    }

    [Fact]
    public void A_node_deleted_then_written_again_is_created_and_upserted()
    {
        var facts = StoredSmallBatch(same: true);

        var resolved = Resolve(new GraphBatch().Add(new DeleteNode("country:japan", Detach: true)).Add(Batches.Country()), facts);

        Assert.Empty(resolved.Errors);
        Assert.Equal((1, 1), (resolved.Counts.NodesDeleted, resolved.Counts.NodesCreated));
        Assert.Empty(resolved.NodeDeletes);
        Assert.True(resolved.NodeUpserts.ContainsKey("country:japan"));
    }
}
