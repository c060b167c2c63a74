using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Sourcing;

/// <summary>
/// The sourcing report as one table (dimension, key, sourced and influenced count and amount): the overall
/// figures under dimension <c>overall</c>, then the channel and campaign rows.
/// </summary>
public static class SourcingReportCsv
{
    public static string Render(SourcingReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("dimension", "key", "sourcedCount", "sourcedAmount", "influencedCount", "influencedAmount");
        Overall(csv, "marketing_sourced", view.MarketingSourced, null);
        Overall(csv, "sales_sourced", view.SalesSourced, null);
        Overall(csv, "unattributed", view.Unattributed, null);
        Overall(csv, "marketing_influenced", null, view.MarketingInfluenced);
        Rows(csv, "channel", view.ByChannel);
        Rows(csv, "campaign", view.ByCampaign);
        return csv.ToString();
    }

    private static void Overall(CsvWriter csv, string key, SourcingFigureView? sourced, SourcingFigureView? influenced) =>
        csv.Row("overall", key, sourced?.Count, sourced?.Amount, influenced?.Count, influenced?.Amount);

    private static void Rows(CsvWriter csv, string dimension, IEnumerable<SourcingRowView> rows)
    {
        foreach (var row in rows)
        {
            csv.Row(dimension, row.Key, row.Sourced.Count, row.Sourced.Amount, row.Influenced.Count, row.Influenced.Amount);
        }
    }
}
