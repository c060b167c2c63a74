using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Waterfall;

/// <summary>A plan as one two-column table (metric, value); the observed quarters joined by spaces.</summary>
public static class WaterfallPlanCsv
{
    public static string Render(WaterfallPlanView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new CsvWriter()
            .Row("metric", "value")
            .Row("quarter", view.Quarter)
            .Row("starting", view.Starting)
            .Row("ending_target", view.EndingTarget)
            .Row("won_target", view.WonTarget)
            .Row("projected_lost", view.ProjectedLost)
            .Row("projected_value_change", view.ProjectedValueChange)
            .Row("required_new", view.RequiredNew)
            .Row("loss_rate", view.Rates.LossRate)
            .Row("value_change_rate", view.Rates.ValueChangeRate)
            .Row("observed_quarters", string.Join(' ', view.Rates.ObservedQuarters))
            .ToString();
    }
}
