using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Embedded.Persistence;

/// <summary>
/// Reads the five stamp columns of a row. Rows of one import share one stamp, so a stamp equal to the previous row's
/// is that same instance: a million seeded facts hold one stamp, not a million.
/// </summary>
internal sealed class StampReader
{
    private FactStamp _last = FactStamp.Unrecorded;

    public FactStamp Read(SqliteDataReader reader, int first)
    {
        if (reader.IsDBNull(first))
        {
            return FactStamp.Unrecorded;
        }

        var stamp = new FactStamp(
            reader.GetInt64(first),
            TimeOf(reader, first + 1),
            reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2),
            TimeOf(reader, first + 3),
            reader.IsDBNull(first + 4) ? null : reader.GetString(first + 4));
        if (stamp == _last)
        {
            return _last;
        }

        _last = stamp;
        return stamp;
    }

    public static long? Milliseconds(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds();

    private static DateTimeOffset? TimeOf(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));
}
