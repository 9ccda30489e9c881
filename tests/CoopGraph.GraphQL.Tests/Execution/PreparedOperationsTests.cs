using System.Text;
using System.Text.Json;
using CoopGraph.GraphQL.Execution;
using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Storage.Writes;
using Microsoft.Extensions.DependencyInjection;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Execution;

public sealed class PreparedOperationsTests
{
    private const string Query = """{ provinces(order: [{ name: ASC }], first: 2) { totalCount nodes { id name } pageInfo { endCursor } } }""";

    [Fact]
    public async Task A_planned_plain_query_runs_again_with_the_same_answer_and_sees_new_data()
    {
        await using var api = await TestGraph.CreateAsync();
        var prepared = api.Services.GetRequiredService<PreparedOperations>();
        Assert.Null(prepared.Find(Query, null));

        var first = await api.ExecuteAsync(Query);
        var operation = prepared.Find(Query, null);
        Assert.NotNull(operation);
        Assert.Equal(first.GetRawText(), await RunAsync(operation));

        await api.WriteAsync(Node("province:an-giang", "Province", ("name", "An Giang"), ("kind", "PROVINCE")));
        Assert.Contains("\"totalCount\":6", await RunAsync(operation), StringComparison.Ordinal);
        Assert.Contains("province:an-giang", await RunAsync(operation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("query($n: Int) { provinces(first: $n) { totalCount } }")]
    [InlineData("{ __schema { queryType { name } } provinces { totalCount } }")]
    [InlineData("{ provinces(first: 5000) { totalCount } }")]
    [InlineData("{ planets { id } }")]
    public async Task Queries_with_variables_introspection_or_errors_are_not_prepared(string query)
    {
        await using var api = await TestGraph.CreateAsync();
        await api.ExecuteAsync(query, query.Contains("$n", StringComparison.Ordinal) ? new { n = 1 } : null);
        Assert.Null(api.Services.GetRequiredService<PreparedOperations>().Find(query, null));
    }

    [Fact]
    public async Task A_prepared_query_whose_field_fails_later_answers_as_a_planned_one_would()
    {
        const string query = """{ a: shortestPath(from: "province:an-giang", to: "province:quang-nam") { length } b: province(id: "province:quang-nam") { name } }""";
        await using var api = await TestGraph.CreateAsync();
        await api.WriteAsync(Node("province:an-giang", "Province", ("name", "An Giang"), ("kind", "PROVINCE")));
        await api.ExecuteAsync(query);
        var operation = api.Services.GetRequiredService<PreparedOperations>().Find(query, null);
        Assert.NotNull(operation);

        await api.WriteAsync(new DeleteNode("province:an-giang", Detach: true));
        var prepared = JsonDocument.Parse(await RunAsync(operation)).RootElement;
        var planned = await api.ExecuteAsync(query);

        JsonAssert.Equal(planned.GetRawText(), prepared);
        Assert.Equal("NOT_FOUND", prepared.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, prepared.GetProperty("data").GetProperty("a").ValueKind);
    }

    private static async Task<string> RunAsync(PreparedOperation operation)
    {
        using var output = new MemoryStream();
        await operation.WriteResponseAsync(output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
