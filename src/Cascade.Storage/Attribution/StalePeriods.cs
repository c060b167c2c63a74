namespace Cascade.Storage.Attribution;

/// <summary>The <see cref="AttributionSummaryEntity.StalePeriods"/> list: months that may still hold an older copy.</summary>
internal static class StalePeriods
{
    /// <summary>What a save under <paramref name="month"/> names, replacing <paramref name="previous"/>: its list and its own month, less the new one.</summary>
    public static IReadOnlyList<string> After(AttributionSummaryEntity? previous, string month)
    {
        if (previous is null)
        {
            return [];
        }

        var before = AttributionPeriodStore.MonthOf(AttributionStore.RecordOf(previous));
        return Parse(previous.StalePeriods).Append(before).Where(m => m != month).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Parse(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string? Join(IReadOnlyList<string> months) => months.Count == 0 ? null : string.Join(',', months);
}
