using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Fields;

/// <summary>A stored property: of the entity, or of the relationship inside an edge's <c>properties</c>.</summary>
public sealed record PropertyField(string ResponseName, PropertyDefinition Property) : OutputField(ResponseName)
{
    public override string Describe() => $"{ResponseName} = .{Property.Name}";
}
