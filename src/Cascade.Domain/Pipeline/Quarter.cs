using System.Globalization;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// A fiscal quarter under a <see cref="FiscalCalendar"/>: [<see cref="Start"/>, <see cref="End"/>) in
/// UTC. Written <c>2026-Q1</c>; the year is the fiscal year (named after the calendar year it ends in,
/// see <see cref="FiscalCalendar"/>). Quarters compare in time order within one calendar.
/// </summary>
public readonly record struct Quarter : IComparable<Quarter>
{
    private const int MinYear = 2;
    private const int MaxYear = 9998;

    // Quarters since fiscal year 0 Q1; keeps arithmetic and comparison trivial.
    private readonly int _index;

    private Quarter(int index, FiscalCalendar calendar)
    {
        _index = index;
        Calendar = calendar;
    }

    public FiscalCalendar Calendar { get; }

    /// <summary>The fiscal year the quarter belongs to.</summary>
    public int FiscalYear => _index / 4;

    /// <summary>1–4 within the fiscal year.</summary>
    public int Number => (_index % 4) + 1;

    /// <summary>The first instant of the quarter (UTC midnight).</summary>
    public DateTimeOffset Start => ToInstant(Calendar.StartOf(_index));

    /// <summary>The first instant after the quarter (exclusive end).</summary>
    public DateTimeOffset End => ToInstant(Calendar.StartOf(_index + 1));

    /// <summary>Quarters counted from fiscal year 0 Q1; differences of ordinals count quarters.</summary>
    internal int Ordinal => _index;

    /// <summary>The quarter <paramref name="number"/> (1–4) of <paramref name="fiscalYear"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 2–9998 or number outside 1–4.</exception>
    public static Quarter Create(int fiscalYear, int number, FiscalCalendar calendar = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fiscalYear, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fiscalYear, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        return new Quarter((fiscalYear * 4) + number - 1, calendar);
    }

    /// <summary>The quarter holding the instant (taken in UTC).</summary>
    public static Quarter Of(DateTimeOffset instant, FiscalCalendar calendar = default)
    {
        var utc = instant.UtcDateTime;
        return new Quarter(calendar.QuarterIndexOf(utc.Year, utc.Month), calendar);
    }

    /// <summary>The quarter holding the date (a close date, for instance).</summary>
    public static Quarter Of(DateOnly date, FiscalCalendar calendar = default) =>
        new(calendar.QuarterIndexOf(date.Year, date.Month), calendar);

    /// <summary>Parses exactly <c>yyyy-Qn</c> (four-digit year, n in 1–4); anything else is refused.</summary>
    public static bool TryParse(string? text, FiscalCalendar calendar, out Quarter quarter)
    {
        quarter = default;
        if (text is not { Length: 7 } || text[4] != '-' || text[5] != 'Q' || text[6] is < '1' or > '4'
            || text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < MinYear or > MaxYear)
        {
            return false;
        }

        quarter = Create(year, text[6] - '0', calendar);
        return true;
    }

    /// <summary>Parses a calendar quarter (January fiscal start).</summary>
    public static bool TryParse(string? text, out Quarter quarter) => TryParse(text, default, out quarter);

    /// <summary>Parses a quarter the caller has already validated.</summary>
    /// <exception cref="FormatException">The text is not <c>yyyy-Qn</c>.</exception>
    public static Quarter Parse(string text, FiscalCalendar calendar = default) =>
        TryParse(text, calendar, out var quarter) ? quarter : throw new FormatException($"'{text}' is not a quarter (yyyy-Qn).");

    public Quarter Next() => Plus(1);

    public Quarter Previous() => Plus(-1);

    public Quarter Plus(int quarters) => new(checked(_index + quarters), Calendar);

    /// <summary>True when the instant lies in [Start, End).</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public int CompareTo(Quarter other) => _index.CompareTo(other._index);

    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FiscalYear:D4}-Q{Number}");

    private static DateTimeOffset ToInstant((int Year, int Month) start) =>
        new(start.Year, start.Month, 1, 0, 0, 0, TimeSpan.Zero);
}
