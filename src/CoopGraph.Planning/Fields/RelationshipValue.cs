namespace CoopGraph.Planning.Fields;

/// <summary>The generic values of a relationship.</summary>
public enum RelationshipValue
{
    Id,
    Type,
    Properties,
}
