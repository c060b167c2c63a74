using Cascade.App.Reports.Csv;

namespace Cascade.App.Customers;

/// <summary>The customers report as one table of figures (<c>metric,value</c>), in the JSON answer's order; an absent rate is an empty cell.</summary>
public static class CustomersReportCsv
{
    public static string Render(CustomersReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("metric", "value");
        csv.Row("from", view.From).Row("to", view.To);
        csv.Row("customers.start", view.Customers.Start).Row("customers.end", view.Customers.End)
            .Row("customers.new", view.Customers.New).Row("customers.churned", view.Customers.Churned);
        csv.Row("byStatus.active", view.ByStatus.Active).Row("byStatus.at_risk", view.ByStatus.AtRisk)
            .Row("byStatus.inactive", view.ByStatus.Inactive).Row("byStatus.churned", view.ByStatus.Churned);
        csv.Row("retentionRate", view.RetentionRate).Row("repeatPurchaseRate", view.RepeatPurchaseRate);
        csv.Row("expansion.pipeline", view.Expansion.Pipeline).Row("expansion.won", view.Expansion.Won);
        csv.Row("averageLifetimeValue", view.AverageLifetimeValue);
        csv.Row("nps.responses", view.Nps.Responses).Row("nps.promoters", view.Nps.Promoters).Row("nps.passives", view.Nps.Passives)
            .Row("nps.detractors", view.Nps.Detractors).Row("nps.score", view.Nps.Score);
        return csv.ToString();
    }
}
