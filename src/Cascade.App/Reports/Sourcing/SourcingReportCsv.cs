using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Sourcing;

/// <summary>
/// The sourcing report as one table (dimension, key, sourced and influenced count and amount): the overall
/// figures under dimension <c>overall</c>, the won deals' under <c>revenue</c>, the open influenced deals under
/// <c>open</c>, then the channel and campaign rows.
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
        if (view.Revenue is { } revenue)
        {
            csv.Row("revenue", "marketing_sourced", revenue.MarketingSourced.Count, revenue.MarketingSourced.Amount, null, null);
            csv.Row("revenue", "sales_sourced", revenue.SalesSourced.Count, revenue.SalesSourced.Amount, null, null);
            csv.Row("revenue", "unattributed", revenue.Unattributed.Count, revenue.Unattributed.Amount, null, null);
            csv.Row("revenue", "marketing_influenced", null, null, revenue.MarketingInfluenced.Count, revenue.MarketingInfluenced.Amount);
        }

        if (view.OpenInfluenced is { } open)
        {
            csv.Row("open", "marketing_influenced", null, null, open.Count, open.Amount);
        }

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
