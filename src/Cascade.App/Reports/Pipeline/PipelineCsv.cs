using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Pipeline;

/// <summary>The open pipeline as one table: a row per group, then the total (key <c>total</c>).</summary>
public static class PipelineCsv
{
    public static string Render(PipelineView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row(view.GroupBy, "count", "amount", "weightedAmount", "averageAgeDays", "averageDaysInStage");
        foreach (var row in view.Rows.Append(view.Total))
        {
            csv.Row(row.Key, row.Count, row.Amount, row.WeightedAmount, row.AverageAgeDays, row.AverageDaysInStage);
        }

        return csv.ToString();
    }
}
