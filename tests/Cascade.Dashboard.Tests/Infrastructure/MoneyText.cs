using System.Globalization;

namespace Cascade.Dashboard.Tests.Infrastructure;

/// <summary>Money as the dashboard and the chart write it (invariant grouping, cents when any, U+2212 minus).</summary>
public static class MoneyText
{
    public static string Amount(decimal amount)
    {
        var text = Math.Abs(amount).ToString(decimal.Truncate(amount) == amount ? "N0" : "N2", CultureInfo.InvariantCulture);
        return amount < 0 ? "\u2212" + text : text;
    }

    public static string WithCurrency(decimal amount) => Amount(amount) + " " + SeededRuntime.Currency;
}
