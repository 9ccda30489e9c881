using CoopGraph.Graph.Schema.Compilation;
using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Graph.Schema.Tests.Compilation;

public sealed class ModelCompilerTests
{
    private const string Good = """
        directive @node(label: String) on OBJECT
        enum Kind { A B }
        union Target = City | Town
        type City @node @plural(value: "cities") {
          id: ID! @id
          name: String! @display @searchable @unique
          kind: Kind
          tags: [String!]
          founded: PartialDate @index
          twins: [City!]! @relationship(type: "TWIN_OF", direction: BOTH, properties: "Twinning")
          near: [Target!]! @relationship(type: "NEAR", direction: OUT)
        }
        type Town @node {
          id: ID! @id
          title: String! @display
          city: City! @relationship(type: "NEAR", direction: IN)
        }
        type Twinning @relationshipProperties { since: PartialDate note: String }
        """;

    [Fact]
    public void Good_type_definitions_compile_into_labels_properties_and_relationships()
    {
        var model = ModelCompiler.CompileOrThrow(Good);

        var city = model.FindLabel("City")!;
        Assert.Equal("cities", city.Plural);
        Assert.Equal("city", city.IdPrefix);
        Assert.Equal(["name", "kind", "tags", "founded"], city.Properties.Select(p => p.Name));
        Assert.True(city.FindProperty("name")!.IsUnique);
        Assert.True(city.FindProperty("founded")!.IsIndexed);
        Assert.True(city.FindProperty("tags")!.IsList);
        Assert.Equal(ValueKind.Enum, city.FindProperty("kind")!.Kind);
        Assert.Same(city.FindProperty("name"), city.Display);
        Assert.Equal(["name"], city.Searchable.Select(p => p.Name));
        Assert.Equal("towns", model.FindLabel("Town")!.Plural);

        var twins = city.FindRelationship("twins")!;
        Assert.Equal(RelationshipDirection.Both, twins.Direction);
        Assert.Equal("Twinning", twins.RelationshipType.Properties!.Name);
        var near = model.FindRelationshipType("NEAR")!;
        Assert.True(near.Allows("City", "Town"));
        Assert.True(near.Allows("City", "City"));
        Assert.False(near.Allows("Town", "City"));
        Assert.Equal(["City", "Town"], city.FindRelationship("near")!.Targets.Select(t => t.Name));
        Assert.False(model.FindLabel("Town")!.FindRelationship("city")!.IsList);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once_with_line_and_column()
    {
        const string bad = """
            type Place @node {
              id: ID! @id
              name: String! @display
              owner: Person @relationship(type: "OWNED_BY", direction: OUT)
              area: Area
              zone: Place @relationship(type: "in zone", direction: SIDEWAYS)
              size: Int @colour
            }
            type Place @node { id: ID! @id }
            type Loose { x: Int }
            type Road @node {
              name: String!
              to: Place @relationship(type: "TO", direction: OUT, properties: "Missing")
              from: Loose @relationship(type: "FROM", direction: OUT)
            }
            """;

        var result = ModelCompiler.Compile(bad, "bad.graphql");

        Assert.Null(result.Model);
        var messages = result.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Message}").ToArray();
        Assert.Contains(messages, m => m.StartsWith("4:", StringComparison.Ordinal) && m.Contains("Unknown type 'Person'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("5:", StringComparison.Ordinal) && m.Contains("Unknown type 'Area'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("UPPER_SNAKE_CASE", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("direction:) must be OUT, IN or BOTH", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("7:", StringComparison.Ordinal) && m.Contains("Unknown directive '@colour'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("9:", StringComparison.Ordinal) && m.Contains("Duplicate type name 'Place'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("10:", StringComparison.Ordinal) && m.Contains("needs @node or @relationshipProperties", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'Road' needs 'id: ID! @id'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("needs one @display field", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("properties: \"Missing\") names an unknown type", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("not 'Loose'", StringComparison.Ordinal));
        Assert.True(result.Errors.Count >= 11, string.Join("\n", messages));
        Assert.Equal(result.Errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column), result.Errors);
    }

    [Theory]
    [InlineData("type A @node { id: ID! @id name: String! @display kind: Nope }", "Unknown type 'Nope'")]
    [InlineData("type A @node { id: ID! @id name: String! @display b: A @relationship(direction: OUT) }", "needs the argument 'type'")]
    [InlineData("type A @node { id: ID! @id name: String! @display b: A @relationship(type: 5, direction: OUT) }", "must be a string")]
    [InlineData("type A @node { id: ID! @id name: String! @display b: A @relationship(type: \"B\", direction: OUT, colour: \"red\") }", "has no argument 'colour'")]
    [InlineData("type A @node { id: ID! @id name: String! @display b: A }", "has no @relationship")]
    [InlineData("type A @node { id: String! @id name: String! @display }", "must be declared as 'id: ID! @id'")]
    [InlineData("type A @node { id: ID! @id name: String! @display other: String! @display }", "has 2 @display fields")]
    [InlineData("type A @node { id: ID! @id name: String! @display n: Int @searchable }", "@searchable needs a String field")]
    [InlineData("type A @node { id: ID! @id name: String! @display tags: [String!] @unique }", "is a list")]
    [InlineData("type A @node { id: ID! @id name: String! @display }\ntype P @relationshipProperties { a: A }", "must be a scalar or an enum")]
    [InlineData("type A @node { id: ID! @id name: String! @display b: A @relationship(type: \"R\", direction: OUT, properties: \"A\") }", "must name a @relationshipProperties type")]
    [InlineData("type A @node { id: ID! @id name: String! @display }\nunion U = A | String", "names an unknown type")]
    [InlineData("type A @node { id: ID! @id name: String! @display }\ntype P @relationshipProperties { x: Int }\nunion U = A | P", "is not a @node type")]
    [InlineData("type Query @node { id: ID! @id name: String! @display }", "reserved by the generated API")]
    [InlineData("type DomainModel @node { id: ID! @id name: String! @display }", "reserved by the generated API")]
    [InlineData("type Model @node { id: ID! @id name: String! @display }", "reserved by the generated API")]
    [InlineData("type A @node(label: \"B\") { id: ID! @id name: String! @display }", "must equal the type name")]
    [InlineData("type A @node { id: ID! @id name: String! @display", "Syntax error")]
    public void Single_mistakes_are_named(string sdl, string expected)
    {
        var result = ModelCompiler.Compile(sdl);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.True(e.Location.Line >= 1, e.ToString()));
    }

    [Fact]
    public void A_relationship_type_must_use_one_properties_type()
    {
        var result = ModelCompiler.Compile("""
            type A @node { id: ID! @id name: String! @display b: [A!]! @relationship(type: "R", direction: OUT, properties: "P") c: [A!]! @relationship(type: "R", direction: IN, properties: "Q") }
            type P @relationshipProperties { x: Int }
            type Q @relationshipProperties { y: Int }
            """);
        Assert.Contains(result.Errors, e => e.Message.Contains("uses properties 'Q' here but 'P'", StringComparison.Ordinal));
    }
}
