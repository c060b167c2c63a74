using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Pipeline;

/// <summary>The stage report as one table, a row per stage in the workspace's order.</summary>
public static class PipelineStagesCsv
{
    public static string Render(PipelineStagesView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("stage", "entered", "movedOn", "won", "lost", "medianDays");
        foreach (var row in view.Stages)
        {
            csv.Row(row.Stage, row.Entered, row.MovedOn, row.Won, row.Lost, row.MedianDays);
        }

        return csv.ToString();
    }
}
