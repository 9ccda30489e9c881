using CoopGraph.Graph.Schema.Values;

namespace CoopGraph.Storage.Embedded.Execution;

/// <summary>Comparison of canonical property values (string, long, double, bool, PartialDate, object[]); JSON writing is <see cref="ValueJson"/>.</summary>
internal static class Values
{
    /// <summary>Orders two values of one property; null sorts after every value, as in Cypher.</summary>
    public static int Compare(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : 1) : -1;
        }

        return (a, b) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (long x, long y) => x.CompareTo(y),
            (double x, double y) => x.CompareTo(y),
            (long x, double y) => ((double)x).CompareTo(y),
            (double x, long y) => x.CompareTo(y),
            (bool x, bool y) => x.CompareTo(y),
            (PartialDate x, PartialDate y) => x.CompareTo(y),
            _ => string.CompareOrdinal(a.GetType().Name, b.GetType().Name),
        };
    }

    public static bool Equal(object? a, object? b) => a is not null && b is not null && (a.Equals(b) || Compare(a, b) == 0 && IsNumber(a) && IsNumber(b));

    private static bool IsNumber(object value) => value is long or double;
}
