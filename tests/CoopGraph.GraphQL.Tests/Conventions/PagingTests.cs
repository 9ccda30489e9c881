using System.Text.Json;
using CoopGraph.GraphQL.Tests.Support;
using CoopGraph.Storage.Writes;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Conventions;

public sealed class PagingTests : IAsyncLifetime
{
    private const string All = "province:da-nang,province:hokkaido,province:nagasaki,province:quang-nam,province:quang-ninh";
    private GraphQLHarness _api = null!;

    public async Task InitializeAsync() => _api = await TestGraph.CreateAsync(new Dictionary<string, string?>
    {
        ["CoopGraph:Api:DefaultPageSize"] = "2",
        ["CoopGraph:Api:MaxPageSize"] = "3",
    });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<JsonElement> Page(string arguments) =>
        (await _api.DataAsync($$"""{ provinces({{arguments}}) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""")).GetProperty("provinces");

    private static string[] Ids(JsonElement page) => page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToArray();

    [Fact]
    public async Task Forward_paging_walks_every_row_once_with_the_default_page_size()
    {
        var seen = new List<string>();
        var page = await Page("order: [{ name: ASC }]");
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        seen.AddRange(Ids(page));
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
        {
            page = await Page($"order: [{{ name: ASC }}], after: \"{page.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\"");
            Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(Ids(page));
        }

        Assert.Equal(All.Split(','), seen);
    }

    [Fact]
    public async Task Backward_paging_with_last_and_before()
    {
        var page = await Page("last: 2");
        Assert.Equal(["province:quang-nam", "province:quang-ninh"], Ids(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        page = await Page($"last: 2, before: \"{page.GetProperty("pageInfo").GetProperty("startCursor").GetString()}\"");
        Assert.Equal(["province:hokkaido", "province:nagasaki"], Ids(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_cursor_stays_valid_when_rows_are_inserted_or_deleted_elsewhere()
    {
        var first = await Page("order: [{ name: ASC }]");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        Assert.Equal(["province:da-nang", "province:hokkaido"], Ids(first));

        // A row before the boundary appears, one after it goes: the next page starts where the first ended.
        await _api.WriteAsync(Node("province:bac-ninh", "Province", ("name", "Bac Ninh"), ("kind", "PROVINCE")));
        await _api.Store.WriteAsync(new GraphBatch([new DeleteNode("province:quang-nam", Detach: true)]));

        var next = await Page($"order: [{{ name: ASC }}], after: \"{cursor}\"");
        Assert.Equal(["province:nagasaki", "province:quang-ninh"], Ids(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task A_cursor_survives_the_deletion_of_its_own_row()
    {
        var first = await Page("order: [{ name: ASC }]");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        await _api.Store.WriteAsync(new GraphBatch([new DeleteNode("province:hokkaido", Detach: true)]));

        var next = await Page($"order: [{{ name: ASC }}], after: \"{cursor}\"");
        Assert.Equal(["province:nagasaki", "province:quang-nam"], Ids(next));
    }

    [Theory]
    [InlineData("first: 1, last: 1", "BAD_USER_INPUT")]
    [InlineData("first: -1", "BAD_USER_INPUT")]
    [InlineData("first: 4", "LIMIT_EXCEEDED")]
    [InlineData("after: \"not-a-cursor\"", "BAD_USER_INPUT")]
    public async Task Bad_paging_arguments_are_errors_with_codes(string arguments, string code)
    {
        var response = await _api.ExecuteAsync($"{{ provinces({arguments}) {{ totalCount }} }}");
        Assert.Equal([code], JsonAssert.ErrorCodes(response));
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        Assert.Equal("provinces", response.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task A_cursor_made_under_another_order_is_refused()
    {
        var byName = await Page("order: [{ name: ASC }]");
        var cursor = byName.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var response = await _api.ExecuteAsync($"{{ provinces(order: [{{ kind: ASC }}], after: \"{cursor}\") {{ totalCount }} }}");
        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
        Assert.Contains("is not a cursor of this connection under this order", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("not-a-cursor")]
    [InlineData("WzEsMl0")]
    public async Task Text_that_never_was_a_cursor_is_called_malformed(string text)
    {
        var response = await _api.ExecuteAsync($"{{ provinces(after: \"{text}\") {{ totalCount }} }}");

        Assert.Equal(["BAD_USER_INPUT"], JsonAssert.ErrorCodes(response));
        Assert.StartsWith("The after cursor is malformed", response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relationship_connections_page_with_cursors_too()
    {
        var data = await _api.DataAsync("""{ province(id: "province:nagasaki") { partners(first: 1) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }""");
        var partners = data.GetProperty("province").GetProperty("partners");
        Assert.Equal(2, partners.GetProperty("totalCount").GetInt32());
        var cursor = partners.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await _api.DataAsync($$"""{ province(id: "province:nagasaki") { partners(first: 1, after: "{{cursor}}") { nodes { id } pageInfo { hasNextPage } } } }""");
        Assert.Equal(["province:quang-ninh"], JsonAssert.Ids(next.GetProperty("province").GetProperty("partners").GetProperty("nodes")));
    }
}
