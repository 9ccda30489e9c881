using CoopGraph.GraphQL.Tests.Support;
using static CoopGraph.GraphQL.Tests.Support.Facts;

namespace CoopGraph.GraphQL.Tests.Schema;

/// <summary>The API follows the type definitions: a new label or relationship type needs no code.</summary>
public sealed class ModelDrivenApiTests
{
    private const string TypeDefinitions = """
        type Source @node { id: ID! @id title: String! @display file: String! }
        type Festival @node {
          id: ID! @id
          name: String! @display @searchable
          visitors: Int
          town: Town @relationship(type: "TAKES_PLACE_IN", direction: OUT)
        }
        type Town @node {
          id: ID! @id
          name: String! @display
          festivals: [Festival!]! @relationship(type: "TAKES_PLACE_IN", direction: IN)
          twins: [Town!]! @relationship(type: "TWINNED_WITH", direction: BOTH, properties: "Twinning")
        }
        type Twinning @relationshipProperties { since: Int }
        """;

    [Fact]
    public async Task New_labels_and_relationship_types_are_queryable_filterable_and_sortable()
    {
        await using var api = await GraphQLHarness.CreateAsync(TypeDefinitions);
        await api.WriteAsync(
            Source(),
            Node("town:hoi-an", "Town", ("name", "Hoi An")),
            Node("town:nagasaki", "Town", ("name", "Nagasaki")),
            Node("festival:lantern", "Festival", ("name", "Lantern Festival"), ("visitors", 5000L)),
            Node("festival:kunchi", "Festival", ("name", "Kunchi"), ("visitors", 9000L)),
            Rel("TAKES_PLACE_IN", "festival:lantern", "town:hoi-an"),
            Rel("TAKES_PLACE_IN", "festival:kunchi", "town:nagasaki"),
            Rel("TWINNED_WITH", "town:hoi-an", "town:nagasaki", ("since", 2017L)));

        var data = await api.DataAsync("""
            {
              festivals(where: { visitors: { gt: 1000 } }, order: [{ visitors: DESC }]) { nodes { name town { name } } }
              towns(order: [{ festivalsCount: DESC }, { name: ASC }]) { nodes { name twins(where: { edge: { since: { eq: 2017 } } }) { edges { properties { since } node { name } } } } }
            }
            """);

        Assert.Equal(
            """{"festivals":{"nodes":[{"name":"Kunchi","town":{"name":"Nagasaki"}},{"name":"Lantern Festival","town":{"name":"Hoi An"}}]},"towns":{"nodes":[{"name":"Hoi An","twins":{"edges":[{"properties":{"since":2017},"node":{"name":"Nagasaki"}}]}},{"name":"Nagasaki","twins":{"edges":[{"properties":{"since":2017},"node":{"name":"Hoi An"}}]}}]}}""",
            data.GetRawText());
    }
}
