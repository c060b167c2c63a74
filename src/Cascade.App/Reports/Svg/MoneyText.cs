using System.Globalization;

namespace Cascade.App.Reports.Svg;

/// <summary>
/// Money as the charts write it, whatever the server's culture: invariant grouping (<c>1,234,500</c>), cents
/// only when there are any, a true minus sign (U+2212) and, for changes, an explicit plus.
/// </summary>
internal static class MoneyText
{
    public const char Minus = '\u2212';

    public static string Amount(decimal amount)
    {
        var format = decimal.Truncate(amount) == amount ? "N0" : "N2";
        var text = Math.Abs(amount).ToString(format, CultureInfo.InvariantCulture);
        return amount < 0 ? Minus + text : text;
    }

    /// <summary>A change: <c>+121,000</c>, <c>−25,000</c>, and a plain <c>0</c> for no change.</summary>
    public static string Signed(decimal amount) => amount <= 0 ? Amount(amount) : "+" + Amount(amount);

    public static string WithCurrency(string text, string currency) => text + " " + currency;
}
