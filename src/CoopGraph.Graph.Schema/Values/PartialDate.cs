using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CoopGraph.Graph.Schema.Values;

/// <summary>
/// A date with only the precision the source gave: <c>2017</c>, <c>2023-11</c>,
/// <c>2023-11-16</c>, or <c>--08-25</c> (month and day, year not stated).
/// Dates order by year, then month, then day; a missing part sorts before any given one
/// (2023 &lt; 2023-01 &lt; 2023-01-01), and a date without a year sorts after all dated ones.
/// </summary>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    public PartialDate(int? year, int? month = null, int? day = null)
    {
        if (year is null && (month is null || day is null))
        {
            throw new ArgumentException("A date without a year needs a month and a day.", nameof(year));
        }

        if (month is null && day is not null)
        {
            throw new ArgumentException("A day needs a month.", nameof(day));
        }

        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(year), "Year or month out of range.");
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), "Day out of range for the month.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    public int? Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The precision the source gave: year, month or day.</summary>
    public string Precision => Day is not null ? "DAY" : Month is not null ? "MONTH" : "YEAR";

    /// <summary>A single number that orders dates as described in the type comment.</summary>
    public long SortKey => ((long)(Year ?? 10000) * 10000) + ((Month ?? 0) * 100) + (Day ?? 0);

    /// <summary>The sort key of the last day the date covers (2023 covers up to 2023-12-31); a date without a year sorts after every dated one.</summary>
    public long LastDaySortKey => ((long)(Year ?? 10000) * 10000) + ((Month ?? 12) * 100) + (Day ?? 31);

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a partial date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD).");

    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            if (text.StartsWith("--", StringComparison.Ordinal) && text.Length == 7 && text[4] == '-')
            {
                date = new PartialDate(null, Number(text.AsSpan(2, 2)), Number(text.AsSpan(5, 2)));
                return true;
            }

            switch (text.Length)
            {
                case 4:
                    date = new PartialDate(Number(text));
                    return true;
                case 7 when text[4] == '-':
                    date = new PartialDate(Number(text.AsSpan(0, 4)), Number(text.AsSpan(5, 2)));
                    return true;
                case 10 when text[4] == '-' && text[7] == '-':
                    date = new PartialDate(Number(text.AsSpan(0, 4)), Number(text.AsSpan(5, 2)), Number(text.AsSpan(8, 2)));
                    return true;
                default:
                    return false;
            }
        }
        catch (FormatException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                throw new FormatException();
            }
        }

        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public override string ToString() => Year is null
        ? string.Create(CultureInfo.InvariantCulture, $"--{Month:00}-{Day:00}")
        : Day is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}")
            : Month is not null
                ? string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}")
                : string.Create(CultureInfo.InvariantCulture, $"{Year:0000}");

    public int CompareTo(PartialDate other) => SortKey.CompareTo(other.SortKey);

    public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && Day == other.Day;

    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Year, Month, Day);

    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
