namespace CoopGraph.Graph.Schema.Model;

/// <summary>The scalar kinds a property can hold; lists are a flag on the property.</summary>
public enum ValueKind
{
    String,
    Int,
    Float,
    Boolean,
    Id,
    PartialDate,
    Enum,
}
