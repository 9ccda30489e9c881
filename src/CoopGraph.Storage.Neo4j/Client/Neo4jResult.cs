namespace CoopGraph.Storage.Neo4j.Client;

/// <summary>
/// The answer to one statement. Row values are null, bool, long (Integer, exact to 64 bits),
/// double (Float), string, byte[], <c>IReadOnlyList&lt;object?&gt;</c>, <c>IReadOnlyDictionary&lt;string, object?&gt;</c>,
/// <see cref="Neo4jNode"/>, <see cref="Neo4jRelationship"/>, <see cref="Neo4jPath"/> or <see cref="Neo4jTypedText"/>.
/// </summary>
public sealed record Neo4jResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<string> Bookmarks,
    IReadOnlyDictionary<string, long> Counters,
    IReadOnlyList<Neo4jNotification> Notifications)
{
    internal string? TransactionId { get; init; }

    /// <summary>The value of <paramref name="field"/> in row <paramref name="row"/>.</summary>
    public object? Value(int row, string field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i] == field)
            {
                return Rows[row][i];
            }
        }

        throw new KeyNotFoundException($"The result has no field '{field}' (fields: {string.Join(", ", Fields)}).");
    }
}
