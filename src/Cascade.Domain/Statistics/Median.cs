namespace Cascade.Domain.Statistics;

/// <summary>The median the reports use: the middle value, or the mean of the two middle ones for an even count.</summary>
internal static class Median
{
    /// <summary>The median of <paramref name="values"/> (sorted in place); null when there are none.</summary>
    public static decimal? Of(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
