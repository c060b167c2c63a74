using Cascade.App.Reports.Csv;

namespace Cascade.App.Spend;

/// <summary>The stored spend as CSV in the upload's own layout, so a download can be edited and posted back.</summary>
public static class SpendCsv
{
    public static string Render(SpendListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("month", "channel", "campaign", "amount", "currency");
        foreach (var row in view.Rows)
        {
            csv.Row(row.Month, row.Channel, row.Campaign, row.Amount, row.Currency);
        }

        return csv.ToString();
    }
}
