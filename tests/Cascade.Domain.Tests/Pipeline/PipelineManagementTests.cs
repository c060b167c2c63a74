using Cascade.Domain.Pipeline;

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
    public void StuckDeals_InMarch_ListsTheStalledAndTheOverdue()
    {
        var asOf = OpportunityBuilder.Instant("2026-03-10");

        var stuck = StuckDeals.Find(asOf, 30, Deals(), FiscalCalendar.Calendar);

        Assert.Equal([("c", 56, true), ("b", 54, false)], stuck.Select(s => (s.Deal.OpportunityId, s.DaysSinceChange, s.Overdue)));
        Assert.DoesNotContain(StuckDeals.Find(asOf, 60, Deals(), FiscalCalendar.Calendar), s => !s.Overdue);
    }
}
