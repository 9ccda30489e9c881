using System.Text.Json;
using CoopGraph.GraphQL.Tests.Support;

namespace CoopGraph.GraphQL.Tests.Protection;

/// <summary>Introspection mixed with data runs through graphql-dotnet's execution, fed by a rendered plan: the data must not change.</summary>
public sealed class FallbackExecutionTests
{
    private const string Data = """
        provinces(order: [{ name: ASC }], first: 2) {
          totalCount
          edges { cursor node { id name country { name } ... on Entity { label } } }
          pageInfo { hasNextPage endCursor }
        }
        node(id: "event:talks") { __typename id ... on Event { kind startDate edition } }
        nodes(ids: ["country:japan", "x:y"]) { id }
        search(text: "nagasaki") { score node { __typename id } }
        province(id: "province:quang-nam") { properties sources { quote inferred } partners { edges { properties { since } node { id } } } }
        """;

    [Fact]
    public async Task Data_is_the_same_with_or_without_introspection_beside_it()
    {
        await using var api = await TestGraph.CreateAsync();
        var planned = await api.DataAsync("{ " + Data + " }");
        var mixed = await api.DataAsync("{ __schema { queryType { name } } " + Data + " }");

        Assert.Equal("Query", mixed.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        foreach (var property in planned.EnumerateObject())
        {
            Assert.Equal(Normalise(property.Value), Normalise(mixed.GetProperty(property.Name)));
        }
    }

    private static string Normalise(JsonElement element) => JsonSerializer.Serialize(element);
}
