using CoopGraph.Storage.Neo4j.Tests.Support;
using CoopGraph.Storage.Neo4j.Writes;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>What the API writes from the stamps and verified marks a translated read returns.</summary>
public sealed class StampResponseTests
{
    [Fact]
    public async Task Stamps_of_entities_and_relationships_are_written_with_times_in_UTC_milliseconds()
    {
        var answer = TypedAnswers.Data("""
            {"province": {"version": 4, "createdAt": 1700000000000, "createdBy": "key:alice", "updatedAt": 1767323045678, "updatedBy": "key:editor",
              "relationships": [{"__t": "PARTNER_OF", "id": "PARTNER_OF:province:quang-ninh:province:nagasaki", "version": 1, "createdAt": null, "createdBy": "seed"}]}}
            """);
        await using var api = new ApiOverNeo4j(_ => answer);

        var response = await api.ExecuteAsync("""{ province(id: "province:quang-ninh") { version createdAt createdBy updatedAt updatedBy relationships(first: 1) { id version createdAt createdBy } } }""");

        Assert.Equal(
            """{"data":{"province":{"version":4,"createdAt":"2023-11-14T22:13:20.000Z","createdBy":"key:alice","updatedAt":"2026-01-02T03:04:05.678Z","updatedBy":"key:editor",""" + "\"relationships\":"
            + """[{"id":"PARTNER_OF:province:quang-ninh:province:nagasaki","version":1,"createdAt":null,"createdBy":"seed"}]}}}""",
            response.GetRawText());
    }

    [Fact]
    public async Task A_verified_mark_in_the_stored_sources_reads_back_and_an_old_source_without_one_is_not_verified()
    {
        var stored = SourcesJson.Write([new SourceRef("source:a", "signed", false, null) { Verified = true }, new SourceRef("source:b", null, true, "implied")]);
        var answer = TypedAnswers.Data(new System.Text.Json.Nodes.JsonObject
        {
            ["province"] = new System.Text.Json.Nodes.JsonObject { ["sources"] = new System.Text.Json.Nodes.JsonObject { ["__j"] = stored } },
        }.ToJsonString());
        await using var api = new ApiOverNeo4j(_ => answer);

        var response = await api.ExecuteAsync("""{ province(id: "province:quang-ninh") { sources { quote verified } } }""");

        Assert.Equal(
            """{"data":{"province":{"sources":[{"quote":"signed","verified":true},{"quote":null,"verified":false}]}}}""",
            response.GetRawText());
    }
}
