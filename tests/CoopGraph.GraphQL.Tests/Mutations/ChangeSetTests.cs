using CoopGraph.GraphQL.Tests.Support;
using Snapshooter.Xunit;
using static CoopGraph.GraphQL.Tests.Mutations.Curation;

namespace CoopGraph.GraphQL.Tests.Mutations;

public sealed class ChangeSetTests
{
    /// <summary>A curator adds an article: its Source with text, three entities citing it, five relationships.</summary>
    private const string NewArticle = """
        mutation {
          applyChanges(input: { changes: [
            { ref: "article", createSource: { id: "source:hue-kumamoto-note", title: "Hue and Kumamoto note", publisher: "A curator",
                text: "Thua Thien Hue and Kumamoto signed a memorandum on heritage cooperation. Professor Tanaka Ichiro of Kumamoto University spoke at the Hue Festival." } },
            { ref: "kumamoto", createProvince: { name: "Kumamoto", kind: PREFECTURE, country: "country:japan",
                sources: [{ source: "ref:article", quote: "Thua Thien Hue and Kumamoto signed a memorandum" }] } },
            { ref: "tanaka", createPerson: { name: "Tanaka Ichiro", sources: [{ source: "ref:article", quote: "Professor Tanaka Ichiro of Kumamoto University" }] } },
            { ref: "festival", createEvent: { name: "Hue Festival", kind: FESTIVAL, sources: [{ source: "ref:article", quote: "the Hue Festival" }] } },
            { connect: { type: "PARTNER_OF", from: "province:hanoi", to: "ref:kumamoto", properties: { status: "memorandum" },
                sources: [{ source: "ref:article", quote: "signed a memorandum on heritage cooperation" }] } },
            { connect: { type: "ATTENDED", from: "ref:tanaka", to: "ref:festival", sources: [{ source: "ref:article", quote: "spoke at the Hue Festival" }] } },
            { connect: { type: "ATTENDED", from: "ref:kumamoto", to: "ref:festival", sources: [{ inferred: true, source: "ref:article", note: "Its professor spoke there." }] } },
            { connect: { type: "ORGANISED", from: "province:quang-nam", to: "ref:festival", sources: [{ inferred: true, source: "ref:article", note: "A test link." }] } },
            { connect: { type: "PARTNER_OF", from: "province:quang-nam", to: "ref:kumamoto", sources: [{ source: "ref:article", quote: "heritage cooperation" }] } }
          ] }) {
            results { index ref id entity { __typename id displayName version } relationship { id version sources { verified } } }
            errors { code message path }
          }
        }
        """;

    [Fact]
    public async Task An_article_with_its_entities_and_relationships_in_one_change_set()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var payload = await api.PayloadAsync(NewArticle, "applyChanges");

        Snapshot.Match(payload.GetRawText());
        var read = await api.DataAsync("""{ province(id: "province:kumamoto") { country { id } partners { totalCount } attended { nodes { name } } } }""");
        JsonAssert.Equal("""{ "province": { "country": { "id": "country:japan" }, "partners": { "totalCount": 2 }, "attended": { "nodes": [{ "name": "Hue Festival" }] } } }""", read);
    }

    [Fact]
    public async Task One_refused_change_refuses_the_set_and_every_refusal_is_reported()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var before = await api.DataAsync("{ people { totalCount } }");
        var payload = await api.PayloadAsync($$"""
            mutation {
              applyChanges(input: { changes: [
                { ref: "p", createPerson: { name: "Half Person", sources: {{Sources}} } },
                { connect: { type: "MARRIED_TO", from: "ref:p", to: "ref:nobody", sources: {{Sources}} } },
                { updateProvince: { id: "province:quang-nam", expectedVersion: 9, input: { description: "x" } } },
                { connect: { type: "PARTNER_OF", from: "province:hanoi", to: "province:hokkaido", sources: [{ source: "{{HokkaidoArticle}}", quote: "not in the article" }] } }
              ] }) {
                results { id }
                errors { code path }
              }
            }
            """, "applyChanges");

        Assert.Empty(payload.GetProperty("results").EnumerateArray());
        Assert.Equal(["VALIDATION"], Codes(payload));
        Assert.Equal(["input.changes.1.connect.to"], Paths(payload));

        // With the ref fixed, the store's refusals are all reported, each at its change.
        var stored = await api.PayloadAsync($$"""
            mutation {
              applyChanges(input: { changes: [
                { ref: "p", createPerson: { name: "Half Person", sources: {{Sources}} } },
                { updateProvince: { id: "province:quang-nam", expectedVersion: 9, input: { description: "x" } } },
                { connect: { type: "PARTNER_OF", from: "province:hanoi", to: "province:hokkaido", sources: [{ source: "{{HokkaidoArticle}}", quote: "not in the article" }] } }
              ] }) {
                results { id }
                errors { code path }
              }
            }
            """, "applyChanges");
        Assert.Equal(["CONFLICT", "QUOTE_NOT_IN_SOURCE"], Codes(stored));
        Assert.Equal(["input.changes.1.updateProvince.expectedVersion", "input.changes.2.connect.sources"], Paths(stored));
        Assert.Equal(before.GetRawText(), (await api.DataAsync("{ people { totalCount } }")).GetRawText());
    }

    [Fact]
    public async Task A_change_names_exactly_one_operation_and_only_a_create_takes_a_ref()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var payload = await api.PayloadAsync("""
            mutation {
              applyChanges(input: { changes: [
                { },
                { ref: "x", disconnect: { id: "PARTNER_OF:province:quang-nam:province:nagasaki" } }
              ] }) { results { id } errors { code path } }
            }
            """, "applyChanges");
        Assert.Equal(["VALIDATION", "VALIDATION"], Codes(payload));
        Assert.Equal(["input.changes.0", "input.changes.1.ref"], Paths(payload));
    }

    [Fact]
    public async Task A_detached_entity_can_be_made_again_in_the_same_set_and_versions_count_from_the_set()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var remade = await api.PayloadAsync($$"""
            mutation {
              applyChanges(input: { changes: [
                { deleteEntity: { id: "province:nagasaki", detach: true } },
                { createProvince: { id: "province:nagasaki", name: "Nagasaki", kind: PREFECTURE, country: "country:japan", sources: {{Sources}} } },
                { connect: { type: "PARTNER_OF", from: "province:quang-nam", to: "province:nagasaki", sources: {{Sources}} } }
              ] }) { errors { code path } }
            }
            """, "applyChanges");
        Assert.Empty(Codes(remade));

        var stale = await api.PayloadAsync($$"""
            mutation {
              applyChanges(input: { changes: [
                { ref: "a", createPerson: { name: "Versioned Person", sources: {{Sources}} } },
                { updatePerson: { id: "ref:a", expectedVersion: 42, input: { description: "x" } } }
              ] }) { errors { code path } }
            }
            """, "applyChanges");
        Assert.Equal(["CONFLICT"], Codes(stale));

        var current = await api.PayloadAsync($$"""
            mutation {
              applyChanges(input: { changes: [
                { ref: "a", createPerson: { name: "Versioned Person", sources: {{Sources}} } },
                { updatePerson: { id: "ref:a", expectedVersion: 1, input: { description: "x" } } }
              ] }) { errors { code path } }
            }
            """, "applyChanges");
        Assert.Empty(Codes(current));
    }
}
