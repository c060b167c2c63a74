using Cascade.App.Reports.Csv;

namespace Cascade.App.Reports.Funnel;

/// <summary>
/// The funnel as one long table (metric, key, value): <c>entered</c>, <c>completed_stays</c> and
/// <c>median_days_in_stage</c> per stage, <c>conversion_rate</c> per step (<c>mql_to_sal</c>), then the overall
/// rates, counts, velocity, speed to lead and average won amount; with a grouping, the lead figures again per group
/// (<c>group_entered</c> keyed <c>{group}|{stage}</c>, <c>group_conversion_rate</c> keyed <c>{group}|{step}</c>,
/// <c>group_median_hours_mql_to_first_sales_touch</c>); a missing value is an empty field.
/// </summary>
public static class FunnelCsv
{
    public static string Render(FunnelView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var csv = new CsvWriter().Row("metric", "key", "value");
        foreach (var s in view.Stages)
        {
            csv.Row("entered", s.Stage, s.Entered);
            csv.Row("completed_stays", s.Stage, s.CompletedStays);
            csv.Row("median_days_in_stage", s.Stage, s.MedianDaysInStage);
        }

        foreach (var c in view.Conversions)
        {
            var step = $"{c.From}_to_{c.To}";
            csv.Row("conversion_entered", step, c.Entered);
            csv.Row("conversion_converted", step, c.Converted);
            csv.Row("conversion_rate", step, c.Rate);
        }

        var v = view.Velocity;
        csv
            .Row("mql_to_sal_rate", null, view.MqlToSalRate)
            .Row("sql_to_opportunity_rate", null, view.SqlToOpportunityRate)
            .Row("win_rate", null, view.WinRate)
            .Row("won", null, view.Won)
            .Row("lost", null, view.Lost)
            .Row("velocity_opportunities", null, v.Opportunities)
            .Row("velocity_average_amount", null, v.AverageAmount)
            .Row("velocity_win_rate", null, v.WinRate)
            .Row("velocity_average_cycle_days", null, v.AverageCycleDays)
            .Row("velocity_per_day", null, v.PerDay)
            .Row("median_hours_mql_to_first_sales_touch", null, view.MedianHoursMqlToFirstSalesTouch)
            .Row("average_won_amount", null, view.AverageWonAmount);
        foreach (var g in view.Groups)
        {
            foreach (var s in g.Stages)
            {
                csv.Row("group_entered", $"{g.Key}|{s.Stage}", s.Entered);
            }

            foreach (var c in g.Conversions)
            {
                csv.Row("group_conversion_rate", $"{g.Key}|{c.From}_to_{c.To}", c.Rate);
            }

            csv.Row("group_median_hours_mql_to_first_sales_touch", g.Key, g.MedianHoursMqlToFirstSalesTouch);
        }

        return csv.ToString();
    }
}
