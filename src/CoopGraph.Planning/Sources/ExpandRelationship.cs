using CoopGraph.Graph.Schema.Model;

namespace CoopGraph.Planning.Sources;

/// <summary>The entities the parent entity reaches through a relationship field (with the relationship at hand as the edge).</summary>
public sealed record ExpandRelationship(RelationshipField Field) : EntitySource
{
    public override string Describe() =>
        $"Expand {Field.Owner.Name}.{Field.Name} -[{Field.RelationshipType.Name} {Field.Direction}]-> {Field.TargetTypeName}";
}
