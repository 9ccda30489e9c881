using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Mutations.Curation;

namespace CoopGraph.GraphQL.Tests.Mutations;

public sealed class RelationshipMutationTests
{
    private const string Partnership = "PARTNER_OF:province:hanoi:province:hokkaido";

    [Fact]
    public async Task Connect_update_and_disconnect_a_relationship()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var connected = await api.PayloadAsync($$"""
            mutation {
              connect(input: { type: "PARTNER_OF", from: "province:hanoi", to: "province:hokkaido", properties: { since: "2024", status: "talks" }, sources: {{Sources}} }) {
                relationship { id type version start { id } end { id } properties sources { verified } }
                errors { code }
              }
            }
            """, "connect");
        JsonAssert.Equal($$"""
            { "relationship": { "id": "{{Partnership}}", "type": "PARTNER_OF", "version": 1, "start": { "id": "province:hanoi" }, "end": { "id": "province:hokkaido" },
                                "properties": { "since": "2024", "status": "talks" }, "sources": [{ "verified": true }] },
              "errors": [] }
            """, connected);

        var updated = await api.PayloadAsync($$"""
            mutation { updateRelationship(id: "{{Partnership}}", expectedVersion: 1, properties: { status: null, since: "2025" }) { relationship { version properties } errors { code } } }
            """, "updateRelationship");
        JsonAssert.Equal("""{ "relationship": { "version": 2, "properties": { "since": "2025" } }, "errors": [] }""", updated);

        var stale = await api.PayloadAsync($$"""mutation { disconnect(id: "{{Partnership}}", expectedVersion: 1) { deletedId errors { code path } } }""", "disconnect");
        Assert.Equal(["CONFLICT"], Codes(stale));
        Assert.Equal(["expectedVersion"], Paths(stale));

        var gone = await api.PayloadAsync($$"""mutation { disconnect(id: "{{Partnership}}", expectedVersion: 2) { deletedId errors { code } } }""", "disconnect");
        JsonAssert.Equal($$"""{ "deletedId": "{{Partnership}}", "errors": [] }""", gone);
        var again = await api.PayloadAsync($$"""mutation { disconnect(id: "{{Partnership}}") { errors { code } } }""", "disconnect");
        Assert.Equal(["NOT_FOUND"], Codes(again));
    }

    [Fact]
    public async Task Connect_refuses_what_the_model_does_not_allow_with_every_reason()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var notAllowed = await api.PayloadAsync($$"""
            mutation { connect(input: { type: "PARTNER_OF", from: "country:japan", to: "province:hokkaido", properties: { since: 12 }, sources: {{Sources}} }) { relationship { id } errors { code path } } }
            """, "connect");
        Assert.Equal(["VALIDATION", "VALIDATION"], Codes(notAllowed));
        Assert.Equal(["input.properties.since", "input.type"], Paths(notAllowed).Order(StringComparer.Ordinal).ToArray());

        var dangling = await api.PayloadAsync($$"""
            mutation { connect(input: { type: "PARTNER_OF", from: "province:hanoi", to: "province:atlantis", sources: {{Sources}} }) { errors { code path } } }
            """, "connect");
        Assert.Equal(["NOT_FOUND"], Codes(dangling));
        Assert.Equal(["input.to"], Paths(dangling));

        var twice = await api.PayloadAsync($$"""
            mutation { connect(input: { type: "PARTNER_OF", from: "province:quang-nam", to: "province:nagasaki", sources: {{Sources}} }) { errors { code } } }
            """, "connect");
        Assert.Equal(["UNIQUE_VIOLATION"], Codes(twice));

        var unsourced = await api.PayloadAsync("""
            mutation { connect(input: { type: "PARTNER_OF", from: "province:hanoi", to: "province:hokkaido", sources: [{ source: "source:nowhere", quote: "x" }] }) { errors { code path } } }
            """, "connect");
        Assert.Equal(["NOT_FOUND"], Codes(unsourced));
        Assert.Equal(["input.sources"], Paths(unsourced));
    }

    [Fact]
    public async Task A_required_relationship_goes_only_when_the_same_change_set_replaces_it()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var alone = await api.PayloadAsync("""mutation { disconnect(id: "IN_COUNTRY:province:hanoi:country:vietnam") { errors { code message } } }""", "disconnect");
        Assert.Equal(["VALIDATION"], Codes(alone));
        Assert.Contains("country", alone.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        var detached = await api.PayloadAsync("""mutation { deleteEntity(id: "country:vietnam", detach: true) { errors { code path } } }""", "deleteEntity");
        Assert.All(Codes(detached), code => Assert.Equal("VALIDATION", code));
        Assert.All(Paths(detached), path => Assert.Equal("id", path));
        Assert.NotEmpty(Codes(detached));

        var replaced = await api.PayloadAsync($$"""
            mutation {
              applyChanges(input: { changes: [
                { disconnect: { id: "IN_COUNTRY:province:hanoi:country:vietnam" } },
                { connect: { type: "IN_COUNTRY", from: "province:hanoi", to: "country:japan", sources: [{ source: "{{HokkaidoArticle}}", inferred: true, note: "A test move." }] } }
              ] }) { errors { code } }
            }
            """, "applyChanges");
        Assert.Empty(Codes(replaced));
        var read = await api.DataAsync("""{ province(id: "province:hanoi") { country { id } } }""");
        Assert.Equal("country:japan", read.GetProperty("province").GetProperty("country").GetProperty("id").GetString());
    }
}
