using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Attribution;

/// <summary>
/// The comparison as one long table (key, model, opportunities, amount), which a spreadsheet pivots either
/// way; each model's total comes last under the key <c>(total)</c>.
/// </summary>
public static class AttributionCompareCsv
{
    public static string Render(AttributionCompareView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("key", "model", "opportunities", "amount");
        foreach (var row in view.Rows)
        {
            foreach (var model in view.Models)
            {
                csv.Row(row.Key, model, row.ByModel[model].Opportunities, row.ByModel[model].Amount);
            }
        }

        foreach (var model in view.Models)
        {
            csv.Row(AttributionReportCsv.TotalKey, model, view.Totals[model].Opportunities, view.Totals[model].Amount);
        }

        return csv.ToString();
    }
}
