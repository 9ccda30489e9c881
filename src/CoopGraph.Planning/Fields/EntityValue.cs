namespace CoopGraph.Planning.Fields;

/// <summary>The generic values every entity has.</summary>
public enum EntityValue
{
    Id,
    Label,
    DisplayName,

    /// <summary>Every stored property as one JSON object.</summary>
    Properties,
}
