namespace CoopGraph.Planning.Fields;

/// <summary>What a field of a <see cref="StoreQueryField"/>'s answer holds.</summary>
public enum StoreQueryValue
{
    Columns,

    /// <summary>Each row as a JSON object keyed by column.</summary>
    Rows,
}
