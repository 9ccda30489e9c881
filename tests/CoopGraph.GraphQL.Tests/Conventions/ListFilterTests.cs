using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Conventions;

/// <summary>The list operators on a model with list properties (the domain model has none yet).</summary>
public sealed class ListFilterTests : IAsyncLifetime
{
    private const string TypeDefinitions = """
        type Source @node { id: ID! @id title: String! @display file: String! }
        type Port @node {
          id: ID! @id
          name: String! @display
          goods: [String!]
          berths: [Int!]
        }
        """;

    private GraphQLHarness _api = null!;

    public async Task InitializeAsync()
    {
        _api = await GraphQLHarness.CreateAsync(TypeDefinitions);
        await _api.WriteAsync(
            Source(),
            Node("port:hoi-an", "Port", ("name", "Hoi An"), ("goods", new[] { "silk", "porcelain" }), ("berths", new[] { 3L, 5L })),
            Node("port:nagasaki", "Port", ("name", "Nagasaki"), ("goods", new[] { "silver", "Silk" }), ("berths", new[] { 12L })),
            Node("port:empty", "Port", ("name", "Empty"), ("goods", Array.Empty<string>())),
            Node("port:unknown", "Port", ("name", "Unknown")));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Theory]
    [InlineData("{ goods: { some: { eq: \"silk\" } } }", "port:hoi-an")]
    [InlineData("{ goods: { some: { ieq: \"silk\" } } }", "port:hoi-an,port:nagasaki")]
    [InlineData("{ goods: { all: { istartsWith: \"s\" } } }", "port:empty,port:nagasaki,port:unknown")]
    [InlineData("{ goods: { all: { startsWith: \"s\" } } }", "port:empty,port:unknown")]
    [InlineData("{ goods: { none: { contains: \"porcelain\" } } }", "port:empty,port:nagasaki,port:unknown")]
    [InlineData("{ goods: { any: true } }", "port:hoi-an,port:nagasaki")]
    [InlineData("{ goods: { any: false } }", "port:empty,port:unknown")]
    [InlineData("{ berths: { some: { gt: 10 } } }", "port:nagasaki")]
    [InlineData("{ berths: { all: { lt: 10 } } }", "port:empty,port:hoi-an,port:unknown")]
    public async Task List_quantifiers(string where, string expected)
    {
        var data = await _api.DataAsync($"{{ ports(where: {where}) {{ nodes {{ id }} }} }}");
        Assert.Equal(expected.Split(','), JsonAssert.Ids(data.GetProperty("ports").GetProperty("nodes")));
    }
}
