namespace Cascade.Domain.Pipeline;

/// <summary>
/// The workspace's fiscal calendar: the month (1–12) its fiscal year starts in. The default value is
/// the calendar year (January), so <c>default(FiscalCalendar)</c> gives calendar quarters.
/// </summary>
/// <remarks>
/// Naming rule: a fiscal year is named after the calendar year in which it <b>ends</b> (the convention
/// of most companies with a shifted year): with a February start, FY2027 runs from 2026-02-01 to
/// 2027-02-01 and <c>2027-Q1</c> is [2026-02-01, 2026-05-01). With a January start the fiscal year is
/// the calendar year.
/// </remarks>
public readonly record struct FiscalCalendar
{
    // Stored as an offset so that default(FiscalCalendar) means a January start.
    private readonly int _monthOffset;

    private FiscalCalendar(int monthOffset) => _monthOffset = monthOffset;

    /// <summary>Calendar quarters: the fiscal year starts in January.</summary>
    public static FiscalCalendar Calendar => default;

    /// <summary>The month (1 = January … 12 = December) the fiscal year starts in.</summary>
    public int StartMonth => _monthOffset + 1;

    /// <summary>A fiscal calendar whose year starts in <paramref name="startMonth"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is not 1–12 (a configuration bug).</exception>
    public static FiscalCalendar StartingIn(int startMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        return new FiscalCalendar(startMonth - 1);
    }

    /// <summary>
    /// Index of the quarter holding the given calendar month, counted in quarters from fiscal year 0 Q1.
    /// </summary>
    internal int QuarterIndexOf(int year, int month)
    {
        // Months since the start of the fiscal year that starts in January of year 0 under this offset.
        var fiscalMonths = (year * 12) + (month - 1) - _monthOffset + (_monthOffset > 0 ? 12 : 0);
        return fiscalMonths / 3;
    }

    /// <summary>The first calendar month of the quarter with the given index, as (year, month).</summary>
    internal (int Year, int Month) StartOf(int quarterIndex)
    {
        var absoluteMonth = (quarterIndex * 3) + _monthOffset - (_monthOffset > 0 ? 12 : 0);
        return (absoluteMonth / 12, (absoluteMonth % 12) + 1);
    }

    public override string ToString() => $"FiscalCalendar(start month {StartMonth})";
}
