using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Attribution;

/// <summary>The attribution report as one table: a row per group, then the total under the key <c>(total)</c>.</summary>
public static class AttributionReportCsv
{
    public const string TotalKey = "(total)";

    public static string Render(AttributionReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("key", "opportunities", "amount");
        foreach (var row in view.Rows)
        {
            csv.Row(row.Key, row.Opportunities, row.Amount);
        }

        return csv.Row(TotalKey, view.Total.Opportunities, view.Total.Amount).ToString();
    }
}
