using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Tests.Shared;

/// <summary>
/// A small purpose-built model (cities, roads, countries) shared by the tests of the stages below the API: the pattern
/// parser, the write validator and the embedded store. Writing into it is in <c>TestGraph.Writes.cs</c>, opening a store
/// over it beside the embedded store's tests.
/// </summary>
internal static partial class TestGraph
{
    public const string Sdl = """
        enum CityKind { CITY TOWN }

        type Source @node {
          id: ID! @id
          title: String! @display
          file: String @unique
        }

        type Country @node @plural(value: "countries") {
          id: ID! @id
          name: String! @display @unique
          cities: [City!]! @relationship(type: "IN_COUNTRY", direction: IN)
        }

        type City @node @plural(value: "cities") {
          id: ID! @id
          name: String! @display @index
          code: String @unique
          population: Int
          kind: CityKind
          tags: [String!]
          founded: PartialDate
          country: Country @relationship(type: "IN_COUNTRY", direction: OUT)
          roads: [City!]! @relationship(type: "ROAD", direction: OUT, properties: "Road")
        }

        type Road @relationshipProperties {
          km: Float
          name: String
        }
        """;

    public static readonly GraphModel Model = ModelCompiler.CompileOrThrow(Sdl);

    public static NodeType CityLabel => Model.FindLabel("City")!;

    public static NodeType CountryLabel => Model.FindLabel("Country")!;

    public static RelationshipType RoadType => Model.FindRelationshipType("ROAD")!;

    public static RelationshipType InCountryType => Model.FindRelationshipType("IN_COUNTRY")!;
}
