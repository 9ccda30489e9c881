using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>The translation kit for neighbourhood, commonNeighbours and timeline: one statement per shape, snapshotted for review.</summary>
public sealed class SubgraphTranslationTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        { "neighbourhood_depth_1", """{ neighbourhood(id: "province:quang-nam") { __typename truncated nodes { id displayName } relationships { id type } } }""" },
        { "neighbourhood_depth_2_filtered", """{ neighbourhood(id: "person:araki-sotaro", depth: 2, types: ["MARRIED_TO", "INVOLVES"], labels: ["Person", "HistoricalTie"], direction: OUT, limit: 20) { truncated nodes { ... on Person { name } } relationships { start { id } end { id } } } }""" },
        { "neighbourhood_incoming_following_no_type", """{ a: neighbourhood(id: "country:japan", direction: IN, types: ["IN_COUNTRY"]) { nodes { id } } b: neighbourhood(id: "country:japan", types: []) { truncated nodes { id } relationships { id } } }""" },
        { "neighbourhood_excluding_types_and_labels", """{ neighbourhood(id: "province:quang-nam", depth: 2, excludeTypes: ["IN_COUNTRY", "LOCATED_IN"], excludeLabels: ["CooperationField", "Source"]) { truncated nodes { id } relationships { id } } none: neighbourhood(id: "province:quang-nam", types: ["IN_COUNTRY"], excludeTypes: ["IN_COUNTRY"]) { nodes { id } } }""" },
        { "common_neighbours", """{ commonNeighbours(a: "province:quang-nam", b: "province:nagasaki") { id displayName } }""" },
        { "common_neighbours_of_types", """{ commonNeighbours(a: "province:quang-nam", b: "province:nagasaki", types: ["PARTY_TO", "PARTNER_OF"]) { __typename ... on Agreement { signedOn } } }""" },
        { "common_neighbours_excluding_types", """{ commonNeighbours(a: "province:quang-nam", b: "province:nagasaki", excludeTypes: ["IN_COUNTRY"]) { id } }""" },
        { "timeline", """{ timeline(first: 5) { __typename date description entity { id } relationship { type start { id } } } }""" },
        { "timeline_of_entity_in_window", """{ timeline(id: "event:hokkaido-festival-2023", from: "2023", to: "2023-11", first: 10) { date description entity { id label } } }""" },
        { "timeline_from", """{ timeline(from: "2019-04-01") { date } }""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Field_translates_to_one_parameterised_statement(string shape, string query)
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync(query);
        Snapshot.Match(Neo4jPlanTranslatorTests.Printed(request), SnapshotNameExtension.Create(shape));
    }
}
