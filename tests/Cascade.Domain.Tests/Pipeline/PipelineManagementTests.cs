using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>api.md "Pipeline management": the open pipeline by stage, the stage flow and the stuck deals.</summary>
public sealed class PipelineManagementTests
{
    private static readonly PipelineSettings Settings = PipelineSettings.Default with
    {
        StageProbabilities = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase) { ["qualification"] = 0.1m, ["proposal"] = 0.5m },
    };

    private static IReadOnlyList<OpportunityHistory> Deals() =>
    [
        // Moves on twice, then is won.
        new OpportunityBuilder("a", "2026-01-05", 1000m, "2026-05-31").Update("2026-01-20", stage: "qualification")
            .Update("2026-02-01", stage: "proposal").Update("2026-02-11", stage: "negotiation", amount: 1200m).Won("2026-03-01").Build(),
        // Stalls in proposal since mid January.
        new OpportunityBuilder("b", "2026-01-10", 500m, "2026-06-30").Update("2026-01-15", stage: "proposal").Build(),
        // Overdue: its close date passed in February.
        new OpportunityBuilder("c", "2026-01-12", 300m, "2026-02-15").Update("2026-01-12T12:00:00Z", stage: "qualification").Build(),
        // Lost from qualification.
        new OpportunityBuilder("d", "2026-01-03", 800m, "2026-04-30").Update("2026-01-04", stage: "qualification").Lost("2026-01-24").Build(),
    ];

    [Fact]
    public void PipelineReport_ByStage_WeighsByStageAndOrdersStages()
    {
        var asOf = OpportunityBuilder.Instant("2026-03-10");
        var deals = OpenPipeline.At(asOf, Deals(), FiscalCalendar.Calendar);

        var report = PipelineReport.Build(asOf, PipelineGrouping.Stage, deals, PipelineReport.StageKey, Settings);

        Assert.Equal(["qualification", "proposal"], report.Rows.Select(r => r.Key));
        Assert.Equal((1, 300m, 30m), (report.Rows[0].Count, report.Rows[0].Amount, report.Rows[0].WeightedAmount));
        Assert.Equal((1, 500m, 250m, 54m), (report.Rows[1].Count, report.Rows[1].Amount, report.Rows[1].WeightedAmount, report.Rows[1].AverageDaysInStage));
        Assert.Equal((2, 800m, 280m), (report.Total.Count, report.Total.Amount, report.Total.WeightedAmount));
    }

    [Fact]
    public void StageFlow_January_CountsEntriesAndHowTheyEnded()
    {
        var rows = StageFlow.Compute(Deals(), OpportunityBuilder.Instant("2026-01-01"), OpportunityBuilder.Instant("2026-02-01"), Settings);

        Assert.Equal(["qualification", "proposal", "negotiation", "discovery"], rows.Select(r => r.Stage));
        var qualification = rows[0];
        Assert.Equal((3, 1, 0, 1), (qualification.Entered, qualification.MovedOn, qualification.Won, qualification.Lost));
        Assert.Equal(16m, qualification.MedianDays);
        Assert.Equal((1, 0, null), (rows[1].Entered, rows[1].MovedOn, rows[1].MedianDays));
        Assert.Equal(0, rows[2].Entered);
        Assert.Equal(4, rows[3].Entered);
    }

    [Fact]
    public void ValueChangeReport_UpsizeAfterTouches_CreditsTheTouchesOfItsWindowInCents()
    {
        var deal = new OpportunityBuilder("v", "2026-01-05", 1000m, "2026-05-31").Update("2026-02-01", amount: 2000.01m).Update("2026-03-01", amount: 1500.01m).Build();
        Touchpoint Touch(string id, string at, string channel, Origin origin = Origin.Marketing) =>
            new() { EventId = id, OccurredAt = OpportunityBuilder.Instant(at), Type = "content_download", Channel = channel, Origin = origin };
        var touches = new[]
        {
            Touch("t0", "2026-01-04", "email"), // before the previous version (the creation): not this change's
            Touch("t1", "2026-01-10", "email"),
            Touch("t2", "2026-01-20", "paid_search"),
            Touch("t3", "2026-02-01", "webinar"), // at the change: in its window
            Touch("t4", "2026-01-15", "phone", Origin.Sales),
        };
        var quarter = Quarter.Parse("2026-Q1");

        var report = ValueChangeReport.Build(quarter, PipelineWaterfall.AmountChangesOf(quarter, [deal]), _ => touches, t => t.Channel);

        // 1,000.01 in thirds is 333.34 three times, a cent too many, taken back from the earliest of the equal credits.
        Assert.Equal([("email", 333.33m, 0m), ("paid_search", 333.34m, 0m), ("webinar", 333.34m, 0m)], report.Rows.Select(r => (r.Key, r.Increase, r.Decrease)));
        Assert.Equal((1000.01m, -500m, 0m, -500m), (report.Increases, report.Decreases, report.UnattributedIncrease, report.UnattributedDecrease));
    }

    [Fact]
    public void StuckDeals_InMarch_ListsTheStalledAndTheOverdue()
    {
        var asOf = OpportunityBuilder.Instant("2026-03-10");

        var stuck = StuckDeals.Find(asOf, 30, Deals(), FiscalCalendar.Calendar);

        Assert.Equal([("c", 56, true), ("b", 54, false)], stuck.Select(s => (s.Deal.OpportunityId, s.DaysSinceChange, s.Overdue)));
        Assert.DoesNotContain(StuckDeals.Find(asOf, 60, Deals(), FiscalCalendar.Calendar), s => !s.Overdue);
    }
}
