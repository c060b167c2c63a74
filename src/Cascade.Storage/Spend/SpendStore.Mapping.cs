using System.Globalization;
using Cascade.Domain.Spend;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Spend;

public sealed partial class SpendStore
{
    /// <summary>
    /// The cell's row key: the escaped channel, <c>|</c>, the escaped campaign (empty without one). A <c>|</c> inside
    /// either is escaped as <c>%007C</c> (as <see cref="TableKeys.Escape"/> writes other characters), so the separator
    /// is unambiguous and every cell has its own row.
    /// </summary>
    internal static string RowKeyOf(SpendEntry entry) =>
        Part(entry.Channel) + "|" + (entry.Campaign is null ? string.Empty : Part(entry.Campaign));

    private static string Part(string value) => TableKeys.Escape(value).Replace("|", "%007C", StringComparison.Ordinal);

    private static SpendEntity ToEntity(SpendEntry entry, string currency) => new()
    {
        PartitionKey = entry.Month.ToString(),
        RowKey = RowKeyOf(entry),
        Month = entry.Month.ToString(),
        Channel = entry.Channel,
        Campaign = entry.Campaign,
        Amount = entry.Amount.ToString(CultureInfo.InvariantCulture),
        Currency = currency,
    };

    private static SpendEntry ToDomain(SpendEntity e) => new(
        SpendMonth.Parse(e.Month),
        e.Channel,
        string.IsNullOrEmpty(e.Campaign) ? null : e.Campaign,
        decimal.Parse(e.Amount, NumberStyles.Number, CultureInfo.InvariantCulture));
}
