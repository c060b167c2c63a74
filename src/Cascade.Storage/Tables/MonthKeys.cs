using System.Globalization;

namespace Cascade.Storage.Tables;

/// <summary>Calendar months (UTC) as partition keys, <c>yyyy-MM</c>: how the period index tables find a report's rows.</summary>
public static class MonthKeys
{
    /// <summary>The month of <paramref name="at"/>.</summary>
    public static string Of(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The months that overlap [<paramref name="from"/>, <paramref name="to"/>), in order.</summary>
    public static IReadOnlyList<string> Overlapping(DateTimeOffset from, DateTimeOffset to)
    {
        var months = new List<string>();
        var utcFrom = from.ToUniversalTime();
        for (var month = new DateTimeOffset(utcFrom.Year, utcFrom.Month, 1, 0, 0, 0, TimeSpan.Zero); month < to; month = month.AddMonths(1))
        {
            months.Add(Of(month));
        }

        return months;
    }
}
