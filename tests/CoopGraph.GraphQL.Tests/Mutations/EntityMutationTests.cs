using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Mutations.Curation;

namespace CoopGraph.GraphQL.Tests.Mutations;

public sealed class EntityMutationTests
{
    [Fact]
    public async Task A_created_entity_comes_back_with_its_stamp_relationships_and_verified_sources()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var payload = await api.PayloadAsync($$"""
            mutation {
              createProvince(input: { name: "Đà Nẵng", kind: MUNICIPALITY, country: "country:vietnam", sources: {{Sources}} }) {
                province { id name version createdBy updatedBy country { name } sources { quote verified } }
                errors { code }
              }
            }
            """, "createProvince");

        JsonAssert.Equal("""
            { "province": { "id": "province:da-nang", "name": "Đà Nẵng", "version": 1, "createdBy": "anonymous", "updatedBy": "anonymous",
                            "country": { "name": "Vietnam" }, "sources": [{ "quote": "Ha Long city", "verified": true }] },
              "errors": [] }
            """, payload);
        var read = await api.DataAsync("""{ province(id: "province:da-nang") { name country { id } } }""");
        JsonAssert.Equal("""{ "province": { "name": "Đà Nẵng", "country": { "id": "country:vietnam" } } }""", read);
    }

    [Fact]
    public async Task An_update_changes_only_the_given_fields_null_removes_and_the_version_moves_on()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var before = await api.DataAsync("""{ province(id: "province:quang-nam") { version nativeName description } }""");
        Assert.Equal(1, before.GetProperty("province").GetProperty("version").GetInt32());

        var payload = await api.PayloadAsync("""
            mutation {
              updateProvince(id: "province:quang-nam", expectedVersion: 1, input: { description: "A coastal province.", nativeName: null }) {
                province { name nativeName description version }
                errors { code }
              }
            }
            """, "updateProvince");

        JsonAssert.Equal("""
            { "province": { "name": "Quang Nam", "nativeName": null, "description": "A coastal province.", "version": 2 }, "errors": [] }
            """, payload);
    }

    [Fact]
    public async Task An_update_from_a_stale_version_is_a_conflict_naming_the_current_one()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        await api.PayloadAsync("""mutation { updateProvince(id: "province:quang-nam", input: { description: "first" }) { errors { code } } }""", "updateProvince");

        var payload = await api.PayloadAsync("""
            mutation { updateProvince(id: "province:quang-nam", expectedVersion: 1, input: { description: "second" }) { province { id } errors { code message path } } }
            """, "updateProvince");

        Assert.Equal(["CONFLICT"], Codes(payload));
        Assert.Equal(["expectedVersion"], Paths(payload));
        Assert.Contains("version 2", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, payload.GetProperty("province").ValueKind);
        var read = await api.DataAsync("""{ province(id: "province:quang-nam") { description } }""");
        Assert.Equal("first", read.GetProperty("province").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Refusals_are_collected_with_their_input_paths()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var payload = await api.PayloadAsync($$"""
            mutation {
              createCountry(input: { name: "Japan", isoCode: "VN", sources: [{ source: "{{HokkaidoArticle}}", quote: "words the article never says" }] }) {
                country { id }
                errors { code path }
              }
            }
            """, "createCountry");

        // The id country:japan is taken, VN is Vietnam's code, and the quote is not in the article.
        Assert.Equal(["QUOTE_NOT_IN_SOURCE", "UNIQUE_VIOLATION", "UNIQUE_VIOLATION"], Codes(payload).Order(StringComparer.Ordinal));
        Assert.Equal(["input.id", "input.isoCode", "input.sources"], Paths(payload).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_quote_is_found_across_typographic_quotes_and_white_space()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var payload = await api.PayloadAsync($$"""
            mutation {
              createPerson(input: { name: "Test Person", sources: [{ source: "{{HokkaidoArticle}}", quote: "Governor of  Japan's Hokkaido\nprefecture Suzuki Naomichi" }] }) {
                person { sources { verified } } errors { code message }
              }
            }
            """, "createPerson");

        JsonAssert.Equal("""{ "person": { "sources": [{ "verified": true }] }, "errors": [] }""", payload);
    }

    [Fact]
    public async Task A_fact_needs_a_source_and_a_source_without_text_leaves_its_quotes_unverified()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var missing = await api.PayloadAsync("""mutation { createPerson(input: { name: "No Source", sources: [] }) { person { id } errors { code path } } }""", "createPerson");
        Assert.Equal(["VALIDATION"], Codes(missing));
        Assert.Equal(["input.sources"], Paths(missing));

        var source = await api.PayloadAsync("""
            mutation { createSource(input: { title: "A note without text", url: "https://example.org/note" }) { source { id version sources { inferred } } errors { code } } }
            """, "createSource");
        JsonAssert.Equal("""{ "source": { "id": "source:a-note-without-text", "version": 1, "sources": [{ "inferred": true }] }, "errors": [] }""", source);

        var person = await api.PayloadAsync("""
            mutation { createPerson(input: { name: "Cited Person", sources: [{ source: "source:a-note-without-text", quote: "anything at all" }] }) { person { sources { verified } } errors { code } } }
            """, "createPerson");
        JsonAssert.Equal("""{ "person": { "sources": [{ "verified": false }] }, "errors": [] }""", person);
    }

    [Fact]
    public async Task Deleting_an_entity_with_relationships_needs_detach()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var refused = await api.PayloadAsync("""mutation { deleteEntity(id: "province:quang-nam") { deletedId errors { code path } } }""", "deleteEntity");
        Assert.Equal(["DANGLING_RELATIONSHIPS"], Codes(refused));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, refused.GetProperty("deletedId").ValueKind);

        var stale = await api.PayloadAsync("""mutation { deleteEntity(id: "province:quang-nam", detach: true, expectedVersion: 7) { errors { code } } }""", "deleteEntity");
        Assert.Equal(["CONFLICT"], Codes(stale));

        var deleted = await api.PayloadAsync("""mutation { deleteEntity(id: "province:quang-nam", detach: true, expectedVersion: 1) { deletedId errors { code } } }""", "deleteEntity");
        JsonAssert.Equal("""{ "deletedId": "province:quang-nam", "errors": [] }""", deleted);
        var read = await api.DataAsync("""{ province(id: "province:quang-nam") { id } nagasaki: province(id: "province:nagasaki") { partners { totalCount } } }""");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("province").ValueKind);

        var gone = await api.PayloadAsync("""mutation { deleteEntity(id: "province:quang-nam") { errors { code } } }""", "deleteEntity");
        Assert.Equal(["NOT_FOUND"], Codes(gone));
    }

    [Fact]
    public async Task Updating_what_does_not_exist_or_removing_a_required_property_is_refused()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var missing = await api.PayloadAsync("""mutation { updateProvince(id: "province:atlantis", input: { description: "x" }) { errors { code path } } }""", "updateProvince");
        Assert.Equal(["NOT_FOUND"], Codes(missing));
        Assert.Equal(["id"], Paths(missing));

        var wrongLabel = await api.PayloadAsync("""mutation { updateProvince(id: "country:japan", input: { description: "x" }) { errors { code } } }""", "updateProvince");
        Assert.Equal(["NOT_FOUND"], Codes(wrongLabel));

        var required = await api.PayloadAsync("""mutation { updateProvince(id: "province:quang-nam", input: { name: null }) { errors { code path } } }""", "updateProvince");
        Assert.Equal(["VALIDATION"], Codes(required));
        Assert.Equal(["input.name"], Paths(required));
    }

    [Fact]
    public async Task Mutation_fields_run_in_order_and_each_sees_the_one_before()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var response = await api.ExecuteAsync($$"""
            mutation {
              first: createPerson(input: { name: "Serial Person", sources: {{Sources}} }) { person { version } errors { code } }
              second: updatePerson(id: "person:serial-person", expectedVersion: 1, input: { description: "curator" }) { person { version description } errors { code } }
              __typename
            }
            """);
        JsonAssert.Equal("""
            { "data": { "first": { "person": { "version": 1 }, "errors": [] },
                        "second": { "person": { "version": 2, "description": "curator" }, "errors": [] },
                        "__typename": "Mutation" } }
            """, response);
    }

    [Fact]
    public async Task A_refusal_of_the_sources_a_created_relationship_shares_is_reported_once()
    {
        await using var api = await GraphQLHarness.CreateSeededAsync();
        var payload = await api.PayloadAsync($$"""
            mutation {
              createProvince(input: { name: "Probe", kind: PREFECTURE, country: "country:japan", sources: [{ source: "{{HokkaidoArticle}}", quote: "never said" }] }) {
                errors { code path }
              }
            }
            """, "createProvince");

        Assert.Equal(["QUOTE_NOT_IN_SOURCE"], Codes(payload));
        Assert.Equal(["input.sources"], Paths(payload));
    }
}
