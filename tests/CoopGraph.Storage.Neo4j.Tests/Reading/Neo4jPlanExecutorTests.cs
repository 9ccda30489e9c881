using CoopGraph.Storage.Neo4j.Tests.Support;

namespace CoopGraph.Storage.Neo4j.Tests.Reading;

/// <summary>What the executor sends and writes: one READ request per operation, hostile values only in parameters, exact integers.</summary>
public sealed class Neo4jPlanExecutorTests
{
    public static TheoryData<string> Hostile => new()
    {
        "Robert'); MATCH (n) DETACH DELETE n; //",
        "\" OR 1=1 //",
        "`) DETACH DELETE n //",
        "{id: 'x'}} RETURN 1",
        "$p0} RETURN $p1",
        "\\u0060 injected",
        "Quảng Nam 北海道 😀",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_values_stay_parameters(string hostile)
    {
        await using var api = new ApiOverNeo4j();
        var text = System.Text.Json.JsonSerializer.Serialize(hostile);
        var request = await api.RequestOfAsync(
            $$"""{ provinces(where: { name: { eq: {{text}}, icontains: {{text}} }, id: { in: [{{text}}] } }) { nodes { id } } search(text: {{text}}) { score } node(id: {{text}}) { id } }""");

        Assert.DoesNotContain(hostile, request.Statement!, StringComparison.Ordinal);
        Assert.Contains(hostile, Strings(request.Json.GetProperty("parameters")));
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [Fact]
    public async Task A_deep_operation_is_one_read_request()
    {
        await using var api = new ApiOverNeo4j();
        var response = await api.ExecuteAsync("""
            {
              provinces(first: 3, order: [{ name: ASC }]) { totalCount nodes { id partners { nodes { id partners { totalCount } } } country { name } } }
              agreements { nodes { parties { nodes { ... on Province { id } } } } }
              node(id: "country:japan") { id }
              search(text: "quang") { score }
            }
            """);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var request = Assert.Single(api.Handler.Requests);
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
        Assert.EndsWith("/db/neo4j/query/v2", request.Uri.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_typename_needs_no_request()
    {
        await using var api = new ApiOverNeo4j();
        var response = await api.ExecuteAsync("{ __typename }");
        Assert.Equal("Query", response.GetProperty("data").GetProperty("__typename").GetString());
        Assert.Empty(api.Handler.Requests);
    }

    [Fact]
    public async Task The_model_needs_no_request_and_lists_the_models_labels_and_types()
    {
        await using var api = new ApiOverNeo4j();
        var response = await api.ExecuteAsync("{ __typename model { labels { name idPrefix } types { name from to } } }");

        Assert.Empty(api.Handler.Requests);
        var model = response.GetProperty("data").GetProperty("model");
        Assert.Equal(api.Model.Labels.Select(l => l.Name), model.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(api.Model.Labels.Select(l => l.IdPrefix), model.GetProperty("labels").EnumerateArray().Select(l => l.GetProperty("idPrefix").GetString()));
        Assert.Equal(api.Model.RelationshipTypes.Select(t => t.Name), model.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task The_answer_is_written_in_plan_order_with_exact_integers_and_shared_cursors()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{"events":{"$type":"Map","_value":{
              "__total":{"$type":"Integer","_value":"9223372036854775807"},
              "__next":{"$type":"Boolean","_value":true},
              "__rows":{"$type":"List","_value":[{"$type":"Map","_value":{
                "__k":{"$type":"List","_value":[{"$type":"String","_value":"2023-11"}]},
                "__id":{"$type":"String","_value":"event:festival"},
                "edges.node":{"$type":"Map","_value":{"edition":{"$type":"Integer","_value":"9007199254740993"},"id":{"$type":"String","_value":"event:festival"}}}}}]}}}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("{ events(order: [{ startDate: ASC }], first: 1) { totalCount edges { cursor node { id edition } } pageInfo { hasNextPage hasPreviousPage } } }");

        var events = response.GetProperty("data").GetProperty("events");
        Assert.Equal(
            """{"totalCount":9223372036854775807,"edges":[{"cursor":"__CURSOR__","node":{"id":"event:festival","edition":9007199254740993}}],"pageInfo":{"hasNextPage":true,"hasPreviousPage":false}}""",
            events.GetRawText().Replace(events.GetProperty("edges")[0].GetProperty("cursor").GetString()!, "__CURSOR__", StringComparison.Ordinal));
        var order = new[] { new CoopGraph.Planning.Paging.SortKey(new CoopGraph.Planning.Operands.PropertyOperand(api.Model.FindLabel("Event")!.FindProperty("startDate")!), false), new CoopGraph.Planning.Paging.SortKey(CoopGraph.Planning.Operands.IdOperand.Instance, false) };
        var expected = CoopGraph.Planning.Paging.CursorCodec.Encode(
            CoopGraph.Planning.Paging.CursorCodec.Signature(order), [CoopGraph.Graph.Schema.Values.PartialDate.Parse("2023-11")], "event:festival", null);
        Assert.Equal(expected, events.GetProperty("edges")[0].GetProperty("cursor").GetString());
    }

    [Fact]
    public async Task A_path_field_is_one_read_request_written_from_the_path_maps()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{
              "route":{"$type":"Map","_value":{
                "length":{"$type":"Integer","_value":"2"},
                "nodes":{"$type":"List","_value":[
                  {"$type":"Map","_value":{"__l":{"$type":"String","_value":"Province"},"id":{"$type":"String","_value":"province:quang-nam"}}},
                  {"$type":"Map","_value":{"__l":{"$type":"String","_value":"Agreement"},"id":{"$type":"String","_value":"agreement:friendship"}}},
                  {"$type":"Map","_value":{"__l":{"$type":"String","_value":"Province"},"id":{"$type":"String","_value":"province:nagasaki"}}}]},
                "relationships":{"$type":"List","_value":[
                  {"$type":"Map","_value":{"__t":{"$type":"String","_value":"PARTY_TO"},"id":{"$type":"String","_value":"PARTY_TO:province:quang-nam:agreement:friendship"}}},
                  {"$type":"Map","_value":{"__t":{"$type":"String","_value":"PARTY_TO"},"id":{"$type":"String","_value":"PARTY_TO:province:nagasaki:agreement:friendship"}}}]}}},
              "all":{"$type":"List","_value":[{"$type":"Map","_value":{"length":{"$type":"Integer","_value":"2"}}},{"$type":"Map","_value":{"length":{"$type":"Integer","_value":"2"}}}]},
              "none":{"$type":"Null","_value":null}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""
            {
              route: shortestPath(from: "province:quang-nam", to: "province:nagasaki") { __typename length nodes { id } relationships { id type } }
              all: allShortestPaths(from: "province:quang-nam", to: "province:nagasaki") { length }
              none: shortestPath(from: "province:quang-nam", to: "province:hokkaido", maxDepth: 1) { length }
            }
            """);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(
            """{"route":{"__typename":"Path","length":2,"nodes":[{"id":"province:quang-nam"},{"id":"agreement:friendship"},{"id":"province:nagasaki"}],"relationships":[{"id":"PARTY_TO:province:quang-nam:agreement:friendship","type":"PARTY_TO"},{"id":"PARTY_TO:province:nagasaki:agreement:friendship","type":"PARTY_TO"}]},"all":[{"length":2},{"length":2}],"none":null}""",
            response.GetProperty("data").GetRawText());
        var request = Assert.Single(api.Handler.Requests);
        Assert.Equal("READ", request.Json.GetProperty("accessMode").GetString());
        Assert.Contains("ALL SHORTEST", request.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_without_its_label_prefix_is_not_found_with_the_id_form_and_no_round_trip()
    {
        await using var api = new ApiOverNeo4j(_ => throw new InvalidOperationException("no statement should be sent"));
        var response = await api.ExecuteAsync("""{ paths(from: "quang-nam", to: "province:nagasaki") { length } }""");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("No entity has the id 'quang-nam': ids read label:key, for instance 'province:quang-nam'.", error.GetProperty("message").GetString());
        Assert.Empty(api.Handler.Requests);
    }

    [Fact]
    public async Task A_path_end_that_does_not_exist_is_not_found_as_on_the_embedded_store()
    {
        const string answer = """
            {"data":{"fields":["data"],"values":[[{"$type":"Map","_value":{
              "paths":{"$type":"Map","_value":{"__missing":{"$type":"String","_value":"province:atlantis"}}}}}]]},"bookmarks":[]}
            """;
        await using var api = new ApiOverNeo4j(_ => answer);
        var response = await api.ExecuteAsync("""{ paths(from: "province:quang-nam", to: "province:atlantis") { length } }""");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("No entity has the id 'province:atlantis'.", error.GetProperty("message").GetString());
        Assert.Single(api.Handler.Requests);
    }

    [Fact]
    public async Task A_store_that_is_down_is_store_unavailable()
    {
        await using var api = new ApiOverNeo4j(_ => throw new HttpRequestException("connection refused"));
        var response = await api.ExecuteAsync("{ provinces { totalCount } }");
        Assert.Equal("STORE_UNAVAILABLE", response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
