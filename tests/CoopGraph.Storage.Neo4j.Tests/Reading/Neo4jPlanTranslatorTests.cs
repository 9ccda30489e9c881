using System.Text;
using System.Text.Json;
using CoopGraph.Storage.Neo4j.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// The translation kit: the repository's type definitions and a GraphQL operation in, the one Cypher
/// statement and its parameters out, snapshotted per operation shape. Review a changed snapshot as
/// you would review changed Cypher.
/// </summary>
public sealed class Neo4jPlanTranslatorTests
{
    public static TheoryData<string, string> Shapes => new()
    {
        { "string_operators", """{ provinces(where: { name: { eq: "Quang Nam", neq: "x", in: ["a", "b"], nin: ["c"], contains: "ang", ncontains: "zz", startsWith: "Q", nstartsWith: "Z", endsWith: "m", nendsWith: "z" } }) { nodes { id } } }""" },
        { "folding_operators", """{ provinces(where: { nativeName: { ieq: "QUẢNG NAM", icontains: "nam", istartsWith: "quang", iendsWith: "NAM" } }) { nodes { id } } }""" },
        { "comparable_operators", """{ events(where: { edition: { gt: 1, ngt: 50, gte: 1, ngte: 40, lt: 30, nlt: 0, lte: 20, nlte: 0 }, startDate: { gte: "2023-11", lt: "2024" } }) { nodes { id } } }""" },
        { "null_equality_and_enums", """{ events(where: { edition: { eq: null }, kind: { in: [FESTIVAL, TALKS], neq: WORKING_SESSION } }) { nodes { id } } }""" },
        { "logical_operators", """{ provinces(where: { or: [{ kind: { eq: PROVINCE } }, { not: { name: { eq: "Nagasaki" } } }], and: [{ id: { gt: "province:a" } }] }) { nodes { id } } }""" },
        { "relationship_quantifiers", """{ provinces(where: { partners: { some: { kind: { eq: PREFECTURE } }, all: { name: { neq: "x" } }, none: { name: { eq: "y" } }, single: { kind: { eq: PROVINCE } } }, country: { name: { eq: "Japan" } }, agreements: { any: false } }) { nodes { id } } }""" },
        { "sort_by_keys_to_one_and_counts", """{ provinces(order: [{ country: { name: ASC } }, { partnersCount: DESC }, { kind: ASC }], first: 3) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""" },
        { "sort_by_partial_date_descending", """{ agreements(order: [{ signedOn: DESC }], first: 2) { nodes { id signedOn } pageInfo { endCursor } } }""" },
        { "paging_last", """{ provinces(last: 2) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }""" },
        { "nested_connection_with_edge_filter", """{ province(id: "province:quang-ninh") { name partners(where: { edge: { since: { gte: "2023-11-10" } }, node: { kind: { eq: PREFECTURE } } }, first: 5) { totalCount edges { cursor properties { since status } sources { quote } node { id name } } } } }""" },
        { "lookups_node_and_nodes", """{ node(id: "country:japan") { id __typename ... on Country { isoCode } } nodes(ids: ["province:hokkaido", "missing:x"]) { id ... on Entity { label displayName } } }""" },
        { "generic_view", """{ province(id: "province:quang-ninh") { properties relationships(types: ["PARTNER_OF"], direction: OUT, first: 3) { id type properties start { id } end { id } } neighbours(labels: ["Province"]) { displayName } sources { quote inferred note source { title } } } }""" },
        { "generic_view_excluding", """{ province(id: "province:quang-ninh") { relationships(excludeTypes: ["SEEKS_COOPERATION_IN"], direction: OUT) { id } neighbours(types: ["PARTNER_OF", "IN_COUNTRY"], excludeTypes: ["IN_COUNTRY"], excludeLabels: ["Country"]) { id } noTypes: relationships(types: ["IN_COUNTRY"], excludeTypes: ["IN_COUNTRY"]) { id } noLabels: neighbours(labels: ["Country"], excludeLabels: ["Country"]) { id } } }""" },
        { "stamps", """{ province(id: "province:quang-ninh") { version createdAt createdBy updatedAt updatedBy relationships(types: ["PARTNER_OF"], first: 2) { id version createdAt createdBy updatedAt updatedBy } } nodes(ids: ["country:japan", "province:hokkaido"]) { id ... on Entity { version updatedBy } } }""" },
        { "search", """{ search(text: "Hokkaidō", labels: ["Province", "Event"], first: 5) { score node { id displayName } } }""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Operation_translates_to_one_parameterised_statement(string shape, string query)
    {
        await using var api = new ApiOverNeo4j();
        var request = await api.RequestOfAsync(query);
        Snapshot.Match(Printed(request), SnapshotNameExtension.Create(shape));
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task List_quantifiers_walk_the_list_and_its_folded_shadow()
    {
        await using var api = new ApiOverNeo4j(model: TestModels.Small);
        var request = await api.RequestOfAsync("""{ provinces(where: { aliases: { some: { icontains: "nam" }, all: { neq: "" }, none: { eq: "x" }, any: true } }) { nodes { id } } }""");
        Snapshot.Match(Printed(request));
    }

    /// <summary>The statement broken at its clauses for review, then the parameters as sent (typed JSON).</summary>
    internal static string Printed(RecordedRequest request)
    {
        var json = request.Json;
        var text = new StringBuilder(json.GetProperty("statement").GetString()!)
            .Replace(" COLLECT {", "\n  COLLECT {")
            .Replace(" WHERE ", "\n    WHERE ")
            .Replace(" WITH ", "\n    WITH ")
            .Replace(" RETURN ", "\n    RETURN ");
        text.Append("\n\nparameters: ");
        text.Append(JsonSerializer.Serialize(json.GetProperty("parameters"), Indented));
        text.Append("\naccessMode: ").Append(json.GetProperty("accessMode").GetString());
        return text.ToString();
    }
}
