using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Traversals;

/// <summary>
/// A property that dates a fact: a PartialDate, or an Int year, of entities of <see cref="Label"/>
/// or of relationships of <see cref="Type"/> (exactly one of the two is set).
/// </summary>
public sealed record DatedProperty(NodeType? Label, RelationshipType? Type, PropertyDefinition Property)
{
    public override string ToString() => $"{Label?.Name ?? Type!.Name}.{Property.Name}";
}
