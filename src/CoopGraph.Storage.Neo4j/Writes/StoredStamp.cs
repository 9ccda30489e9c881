using System.Globalization;

namespace CoopGraph.Storage.Neo4j.Writes;

/// <summary>
/// A <see cref="FactStamp"/> as the properties of its fact (<see cref="StoredNames.Stamp"/>): times as epoch
/// milliseconds, and a missing value left out, since Neo4j properties cannot be null.
/// </summary>
internal static class StoredStamp
{
    public static void AddTo(IDictionary<string, object?> props, FactStamp stamp)
    {
        props[StoredNames.Version] = stamp.Version;
        Add(props, StoredNames.CreatedAt, stamp.CreatedAt?.ToUnixTimeMilliseconds());
        Add(props, StoredNames.CreatedBy, stamp.CreatedBy);
        Add(props, StoredNames.UpdatedAt, stamp.UpdatedAt?.ToUnixTimeMilliseconds());
        Add(props, StoredNames.UpdatedBy, stamp.UpdatedBy);
    }

    /// <summary>
    /// The stamp from its stored values in <see cref="StoredNames.Stamp"/> order; a fact without a version was stored
    /// before stamps and is <see cref="FactStamp.Unrecorded"/>.
    /// </summary>
    public static FactStamp Read(IReadOnlyList<object?>? values)
    {
        if (values is not { Count: 5 } || values[0] is null)
        {
            return FactStamp.Unrecorded;
        }

        return new FactStamp(
            Convert.ToInt64(values[0], CultureInfo.InvariantCulture),
            Time(values[1]),
            values[2] as string,
            Time(values[3]),
            values[4] as string);
    }

    public static DateTimeOffset? Time(object? millis) =>
        millis is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(millis, CultureInfo.InvariantCulture));

    private static void Add(IDictionary<string, object?> props, string key, object? value)
    {
        if (value is not null)
        {
            props[key] = value;
        }
    }
}
