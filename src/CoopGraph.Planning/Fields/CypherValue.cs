namespace CoopGraph.Planning.Fields;

public enum CypherValue
{
    Columns,

    /// <summary>Each row as a JSON object keyed by column.</summary>
    Rows,
}
