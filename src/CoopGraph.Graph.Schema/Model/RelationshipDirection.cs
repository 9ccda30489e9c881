namespace CoopGraph.Graph.Schema.Model;

/// <summary>How a relationship field reads its relationship type from the declaring node.</summary>
public enum RelationshipDirection
{
    /// <summary>The declaring node is the start.</summary>
    Out,

    /// <summary>The declaring node is the end.</summary>
    In,

    /// <summary>Either end: for symmetric relationships such as PARTNER_OF.</summary>
    Both,
}
