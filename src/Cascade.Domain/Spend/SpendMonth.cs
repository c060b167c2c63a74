using System.Globalization;

namespace Cascade.Domain.Spend;

/// <summary>
/// A calendar month in UTC (<c>2026-03</c>): the period spend is recorded for. Spend is booked by calendar month
/// whatever the fiscal calendar, since fiscal quarters start on month boundaries too.
/// </summary>
public readonly record struct SpendMonth : IComparable<SpendMonth>
{
    private SpendMonth(int year, int month)
    {
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The first instant of the month, UTC.</summary>
    public DateTimeOffset Start => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The first instant of the next month, UTC.</summary>
    public DateTimeOffset End => Start.AddMonths(1);

    /// <summary>Months of years 2000 to 2999: spend far outside is a typo, not a budget.</summary>
    public static bool TryParse(string? text, out SpendMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || year < 2000 || year > 2999 || m < 1 || m > 12)
        {
            return false;
        }

        month = new SpendMonth(year, m);
        return true;
    }

    public static SpendMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month like 2026-03.");

    /// <summary>The month <paramref name="instant"/> falls in, UTC.</summary>
    public static SpendMonth Of(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new SpendMonth(utc.Year, utc.Month);
    }

    /// <summary>Whether <paramref name="instant"/> is the first instant of a month, UTC.</summary>
    public static bool IsBoundary(DateTimeOffset instant) => Of(instant).Start == instant;

    /// <summary>The months of [<paramref name="from"/>, <paramref name="to"/>), both month boundaries.</summary>
    public static IReadOnlyList<SpendMonth> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<SpendMonth>();
        for (var month = Of(from); month.Start < to; month = month.Next())
        {
            months.Add(month);
        }

        return months;
    }

    public SpendMonth Next() => Month == 12 ? new SpendMonth(Year + 1, 1) : new SpendMonth(Year, Month + 1);

    public int CompareTo(SpendMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(SpendMonth left, SpendMonth right) => left.CompareTo(right) < 0;

    public static bool operator <=(SpendMonth left, SpendMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >(SpendMonth left, SpendMonth right) => left.CompareTo(right) > 0;

    public static bool operator >=(SpendMonth left, SpendMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
