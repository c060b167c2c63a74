using Cascade.App.Reports.Csv;

namespace Cascade.App.Spend;

/// <summary>The ROI report as one table: a row per group, then the total under the key <c>(total)</c>; null figures are empty.</summary>
public static class RoiReportCsv
{
    public const string TotalKey = "(total)";

    public static string Render(RoiReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row(
            "key", "spend", "leads", "mqls", "opportunities", "amount", "costPerLead", "costPerMql", "costPerOpportunity", "roi");
        foreach (var r in view.Rows)
        {
            csv.Row(r.Key, r.Spend, r.Leads, r.Mqls, r.Opportunities, r.Amount, r.CostPerLead, r.CostPerMql, r.CostPerOpportunity, r.Roi);
        }

        var t = view.Total;
        return csv.Row(TotalKey, t.Spend, t.Leads, t.Mqls, t.Opportunities, t.Amount, t.CostPerLead, t.CostPerMql, t.CostPerOpportunity, t.Roi).ToString();
    }
}
