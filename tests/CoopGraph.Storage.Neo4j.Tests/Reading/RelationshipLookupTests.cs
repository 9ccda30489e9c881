using CoopGraph.Planning;
using CoopGraph.Planning.Fields;
using CoopGraph.Planning.Output;
using CoopGraph.Storage.Neo4j.Reading;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// The relationship of a mutation payload (<c>connect { relationship { … } }</c>): its ids looked up from their start
/// nodes' id index, one answer per id in the order given, null where none is stored or the id names nothing the
/// model knows.
/// </summary>
public sealed class RelationshipLookupTests
{
    private const string InCountry = "IN_COUNTRY:province:quang-ninh:country:vietnam";
    private const string Missing = "PARTNER_OF:province:quang-ninh:province:nowhere";
    private const string UnknownType = "NOT_A_TYPE:province:quang-ninh:country:vietnam";

    /// <summary>The plan the payload builder makes for <c>relationship { id type properties version start { id } }</c>.</summary>
    private static OperationPlan Plan() => new(
    [
        new RelationshipLookupField("relationship", [InCountry, Missing, UnknownType],
        [
            new RelationshipValueField("id", RelationshipValue.Id),
            new RelationshipValueField("type", RelationshipValue.Type),
            new RelationshipValueField("properties", RelationshipValue.Properties),
            new StampField("version", StampValue.Version),
            new RelationshipEndField("start", true, new EntityProjection(TestModels.Domain.Labels.ToDictionary(
                l => l, IReadOnlyList<OutputField> (_) => [new EntityValueField("id", EntityValue.Id)]))),
        ]),
    ]);

    private static async Task<(string Json, FakeNeo4jHandler Handler)> RunAsync(string answer)
    {
        var handler = new FakeNeo4jHandler((_, _) => Task.FromResult(FakeNeo4jHandler.Json(System.Net.HttpStatusCode.Accepted, answer)));
        using var client = Clients.Over(handler);
        await using var output = new ResponseOutput();
        await new Neo4jPlanExecutor(client, TestModels.Domain).ExecuteAsync(Plan(), output, CancellationToken.None);
        return (System.Text.Encoding.UTF8.GetString(System.Buffers.BuffersExtensions.ToArray(output.ToSequence())), handler);
    }

    [Fact]
    public async Task Relationship_lookup_translates_to_one_parameterised_statement()
    {
        var (_, handler) = await RunAsync(ApiOverNeo4j.NullAnswer);

        Neo4jPlanTranslatorTests.Printed(Assert.Single(handler.Requests)).MatchSnapshot();
    }

    [Fact]
    public async Task A_found_relationship_is_written_in_its_place_and_a_missing_one_is_null()
    {
        var answer = TypedAnswers.Data("""
            {"relationship": [{"__id": "IN_COUNTRY:province:quang-ninh:country:vietnam", "__v": {"__t": "IN_COUNTRY", "id": "IN_COUNTRY:province:quang-ninh:country:vietnam", "properties": {"id": "IN_COUNTRY:province:quang-ninh:country:vietnam", "__version": 2, "__sources": "[]"}, "version": 2,
              "start": {"__l": "Province", "id": "province:quang-ninh"}}}]}
            """);

        var (json, _) = await RunAsync(answer);

        // Asserted, not snapshotted: every snapshot of this project is a statement for the Cypher front-end check.
        Assert.Equal(
            """{"relationship":[{"id":"IN_COUNTRY:province:quang-ninh:country:vietnam","type":"IN_COUNTRY","properties":{},"version":2,"start":{"id":"province:quang-ninh"}},null,null]}""",
            json);
    }
}
