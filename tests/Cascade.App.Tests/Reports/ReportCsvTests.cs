using Cascade.App.Reports.Attribution;
using Cascade.App.Reports.Funnel;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.Waterfall;

namespace Cascade.App.Tests.Reports;

/// <summary>Each report's table: its header and a row per group or element, values escaped.</summary>
public sealed class ReportCsvTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AttributionReportCsv_Render_GivesARowPerKeyThenTheTotal()
    {
        var view = new AttributionReportView(
            "linear", "pipeline", "campaign", At, At.AddDays(90),
            [new AttributionRowView("spring, \"launch\"", 0.5, 1000m), new AttributionRowView("(none)", 1.5, 2000.25m)],
            new AttributionFigureView(2, 3000.25m));

        Assert.Equal(
            "key,opportunities,amount\r\n\"spring, \"\"launch\"\"\",0.5,1000\r\n(none),1.5,2000.25\r\n(total),2,3000.25\r\n",
            AttributionReportCsv.Render(view));
    }

    [Fact]
    public void AttributionCompareCsv_Render_GivesARowPerKeyAndModel()
    {
        var figure = new AttributionFigureView(1, 10m);
        var byModel = new Dictionary<string, AttributionFigureView> { ["first_touch"] = figure, ["linear"] = figure };
        var view = new AttributionCompareView("pipeline", "channel", At, At, ["first_touch", "linear"], [new AttributionCompareRowView("email", byModel)], byModel);

        var lines = Lines(AttributionCompareCsv.Render(view));

        Assert.Equal(["key,model,opportunities,amount", "email,first_touch,1,10", "email,linear,1,10", "(total),first_touch,1,10", "(total),linear,1,10"], lines);
    }

    [Fact]
    public void SourcingReportCsv_Render_GivesOverallThenChannelAndCampaignRows()
    {
        var figure = new SourcingFigureView(2, 50m);
        var view = new SourcingReportView(At, At, figure, figure, figure, figure, [new SourcingRowView("email", figure, figure)], [new SourcingRowView("c1", figure, figure)]);

        var lines = Lines(SourcingReportCsv.Render(view));

        Assert.Equal("dimension,key,sourcedCount,sourcedAmount,influencedCount,influencedAmount", lines[0]);
        Assert.Equal("overall,marketing_influenced,,,2,50", lines[4]);
        Assert.Equal(["channel,email,2,50,2,50", "campaign,c1,2,50,2,50"], lines[5..]);
    }

    [Fact]
    public void WaterfallCsv_Render_GivesARowPerElement()
    {
        var view = new WaterfallView(
            "2026-Q1", 100, 20, -5, 10, 5, 100,
            new ValueChangeItemsView(1, 2, -3, -4, -1), new WaterfallCountsView(4, 1, 1, 1, 3),
            [new CloseQuarterView("2026-Q2", 60, 2), new CloseQuarterView("2026-Q3", 40, 1)]);

        var lines = Lines(WaterfallCsv.Render(view));
        var snapshot = Lines(WaterfallCsv.Render(new WaterfallSnapshotView(view, At)));

        Assert.Equal("quarter,element,amount,count", lines[0]);
        Assert.Equal(
            ["starting", "new", "value_change", "value_change.amount_changes", "value_change.pulled_in", "value_change.pushed_out",
             "value_change.slipped", "value_change.entering", "closed_won", "closed_lost", "ending", "ending.2026-Q2", "ending.2026-Q3"],
            lines.Skip(1).Select(l => l.Split(',')[1]));
        Assert.Equal("2026-Q1,value_change,-5,", lines[3]);
        Assert.Equal("2026-Q1,starting,100,4,2026-01-01T00:00:00Z", snapshot[1]);
    }

    [Fact]
    public void WaterfallPlanCsv_Render_GivesAMetricPerRow()
    {
        var view = new WaterfallPlanView("2026-Q4", 100, 120, 30, 5, -2, 57, new PlanningRatesView(0.05m, -0.02m, ["2026-Q2", "2026-Q3"]));

        var lines = Lines(WaterfallPlanCsv.Render(view));

        Assert.Contains("required_new,57", lines);
        Assert.Contains("observed_quarters,2026-Q2 2026-Q3", lines);
    }

    [Fact]
    public void FunnelCsv_Render_LeavesMissingValuesEmpty()
    {
        var view = new FunnelView(
            At, At.AddDays(30), [new FunnelStageView("mql", 3, 0, null)], [new StageConversionView("mql", "sal", 3, 1, 1m / 3)],
            1m / 3, null, null, 0, 0, new PipelineVelocityView(0, null, null, null, null), 2.5m, null, "channel",
            [new FunnelGroupView("webinar", [new FunnelStageView("mql", 2, 0, null)], [new StageConversionView("mql", "sal", 2, 1, 0.5m)], 0.5m, null, null)]);

        var lines = Lines(FunnelCsv.Render(view));

        Assert.Equal("metric,key,value", lines[0]);
        Assert.Contains("entered,mql,3", lines);
        Assert.Contains("median_days_in_stage,mql,", lines);
        Assert.Contains("win_rate,,", lines);
        Assert.Contains("median_hours_mql_to_first_sales_touch,,2.5", lines);
        Assert.Contains("average_won_amount,,", lines);
        Assert.Contains("group_entered,webinar|mql,2", lines);
        Assert.Contains("group_conversion_rate,webinar|mql_to_sal,0.5", lines);
        Assert.Contains("group_median_hours_mql_to_first_sales_touch,webinar,", lines);
    }

    private static string[] Lines(string csv)
    {
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        return csv[..^2].Split("\r\n");
    }
}
