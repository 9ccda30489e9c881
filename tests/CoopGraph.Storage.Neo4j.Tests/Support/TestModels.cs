using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Storage.Neo4j.Tests.Support;

/// <summary>A small model with every kind of property the Neo4j store treats specially, and the domain model.</summary>
internal static class TestModels
{
    public const string Directives = """
        directive @node(label: String) on OBJECT
        directive @relationshipProperties on OBJECT
        directive @relationship(type: String!, direction: RelationshipDirection!, properties: String) on FIELD_DEFINITION
        directive @id on FIELD_DEFINITION
        directive @unique on FIELD_DEFINITION
        directive @index on FIELD_DEFINITION
        directive @plural(value: String!) on OBJECT
        directive @display on FIELD_DEFINITION
        directive @searchable on FIELD_DEFINITION
        enum RelationshipDirection { OUT IN BOTH }

        """;

    public static GraphModel Small { get; } = ModelCompiler.CompileOrThrow(Directives + SmallTypes);

    /// <summary><see cref="Small"/> with the domain's required <c>Province.country: Country!</c>.</summary>
    public static GraphModel RequiredCountry { get; } = ModelCompiler.CompileOrThrow(Directives + SmallTypes.Replace("country: Country @", "country: Country! @", StringComparison.Ordinal));

    private const string SmallTypes = """
        type Country @node @plural(value: "countries") {
          id: ID! @id
          name: String! @display @searchable @unique
          isoCode: String! @unique
          provinces: [Province!]! @relationship(type: "IN_COUNTRY", direction: IN)
        }

        type Province @node {
          id: ID! @id
          name: String! @display @searchable @index
          founded: PartialDate @index
          population: Int
          area: Float
          aliases: [String!]
          country: Country @relationship(type: "IN_COUNTRY", direction: OUT)
          partners: [Province!]! @relationship(type: "PARTNER_OF", direction: BOTH, properties: "PartnerOf")
        }

        type Source @node {
          id: ID! @id
          title: String! @display @searchable
          file: String! @unique
          text: String
        }

        type PartnerOf @relationshipProperties {
          since: PartialDate
          status: String
        }
        """;

    public static GraphModel Domain => DomainModel.Model;
}
