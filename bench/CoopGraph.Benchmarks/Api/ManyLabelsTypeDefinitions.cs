using System.Text;

namespace CoopGraph.Benchmarks.Api;

/// <summary>
/// Type definitions with many labels for the schema-build benchmark: each label has scalar,
/// enum and date properties, a to-many relationship with properties to the next label (read
/// back from there), a to-one relationship, and belongs to a union of ten labels.
/// </summary>
internal static class ManyLabelsTypeDefinitions
{
    public static string Generate(int labels)
    {
        var sdl = new StringBuilder("""
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
            enum Kind { ALPHA BETA GAMMA }
            type Source @node { id: ID! @id title: String! @display @searchable file: String! }
            type Link @relationshipProperties { weight: Float since: PartialDate note: String }

            """);
        for (var i = 0; i < labels; i++)
        {
            var next = (i + 1) % labels;
            var previous = (i + labels - 1) % labels;
            sdl.AppendLine($$"""
                type L{{i}} @node {
                  id: ID! @id
                  name: String! @display @searchable @index
                  code: String @unique
                  kind: Kind!
                  size: Int
                  share: Float
                  open: Boolean
                  since: PartialDate
                  tags: [String!]
                  links: [L{{next}}!]! @relationship(type: "LINKS_{{i}}", direction: OUT, properties: "Link")
                  linkedFrom: [L{{previous}}!]! @relationship(type: "LINKS_{{previous}}", direction: IN, properties: "Link")
                  parent: Group{{i / 10}} @relationship(type: "PARENT_{{i}}", direction: OUT)
                }
                """);
        }

        for (var g = 0; g * 10 < labels; g++)
        {
            sdl.AppendLine($"union Group{g} = {string.Join(" | ", Enumerable.Range(g * 10, Math.Min(10, labels - (g * 10))).Select(i => $"L{i}"))}");
        }

        return sdl.ToString();
    }
}
