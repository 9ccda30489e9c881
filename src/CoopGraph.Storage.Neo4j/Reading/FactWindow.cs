namespace CoopGraph.Storage.Neo4j.Reading;

/// <summary>A timeline's from/to window as parameters: the sort key of from's first day and of to's last day (null when open).</summary>
internal sealed record FactWindow(string? Low, string? High)
{
    /// <summary>The sort key of the first date without a year: such dates cannot be placed in a window.</summary>
    private const long YearlessSortKey = 10000L * 10000;

    /// <summary>
    /// The test that a date (by its sort key) is in the window: its span overlaps it (its last day
    /// is its key plus 1231 for a year, plus 31 for a month); a date without a year never is.
    /// </summary>
    public string? Condition(string key)
    {
        if (Low is null && High is null)
        {
            return null;
        }

        var parts = new List<string> { $"{key} < {YearlessSortKey}" };
        if (Low is not null)
        {
            parts.Add($"{key} + CASE WHEN {key} % 10000 = 0 THEN 1231 WHEN {key} % 100 = 0 THEN 31 ELSE 0 END >= {Low}");
        }

        if (High is not null)
        {
            parts.Add($"{key} <= {High}");
        }

        return string.Join(" AND ", parts);
    }
}
