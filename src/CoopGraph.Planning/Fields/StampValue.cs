namespace CoopGraph.Planning.Fields;

/// <summary>The stamp every entity and relationship carries: its version and who made and last changed it, when.</summary>
public enum StampValue
{
    Version,
    CreatedAt,
    CreatedBy,
    UpdatedAt,
    UpdatedBy,
}
