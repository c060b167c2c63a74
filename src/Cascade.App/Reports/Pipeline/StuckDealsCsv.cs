using System.Globalization;
using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Pipeline;

/// <summary>The stuck deals, one row each.</summary>
public static class StuckDealsCsv
{
    public static string Render(IReadOnlyList<StuckDealView> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvWriter().Row("opportunityId", "name", "stage", "amount", "closeDate", "daysSinceChange", "overdue", "lastMarketingTouchAt");
        foreach (var row in rows)
        {
            csv.Row(row.OpportunityId, row.Name, row.Stage, row.Amount, row.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.DaysSinceChange, row.Overdue, row.LastMarketingTouchAt);
        }

        return csv.ToString();
    }
}
