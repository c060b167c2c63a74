using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>Single-opportunity cases in 2026-Q2: window 2026-Q2 … 2027-Q1, entering quarter 2027-Q2.</summary>
public sealed class PipelineWaterfallTests
{
    private static readonly Quarter Q2 = Quarter.Parse("2026-Q2");

    [Fact]
    public void Compute_CreatedInQuarterInWindow_IsNew()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-04-10", 100m, "2026-09-01"));

        AssertFigures(w, s: 0, n: 100, v: 0, won: 0, lost: 0, e: 100);
        Assert.Equal(new WaterfallCounts(0, 1, 0, 0, 1), w.Counts);
    }

    [Fact]
    public void Compute_OpenFromBefore_IsStartingAndEnding()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01"));

        AssertFigures(w, s: 100, n: 0, v: 0, won: 0, lost: 0, e: 100);
        Assert.Equal(new WaterfallCounts(1, 0, 0, 0, 1), w.Counts);
    }

    [Fact]
    public void Compute_CloseDateMovedOutOfWindow_IsPushedOut()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Update("2026-05-01", closeDate: "2027-08-15"));

        AssertFigures(w, s: 100, n: 0, v: -100, won: 0, lost: 0, e: 0);
        Assert.Equal(new ValueChangeItems(0, 0, -100, 0, 0), w.Items);
    }

    [Fact]
    public void Compute_CloseDateMovedOutWithAmountChange_CountsAmountChangeThenPushesOutNewAmount()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Update("2026-05-01", amount: 130m, closeDate: "2027-08-15"));

        Assert.Equal(new ValueChangeItems(30, 0, -130, 0, 0), w.Items);
        AssertFigures(w, s: 100, n: 0, v: -100, won: 0, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_CloseDateMovedToQuarterPlusFour_IsPushedOutThenEntersAtEnd()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Update("2026-05-01", closeDate: "2027-04-15"));

        Assert.Equal(new ValueChangeItems(0, 0, -100, 0, 100), w.Items);
        AssertFigures(w, s: 100, n: 0, v: 0, won: 0, lost: 0, e: 100);
    }

    [Fact]
    public void Compute_CloseDateMovedIntoWindow_IsPulledIn()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2027-08-01").Update("2026-05-01", amount: 120m, closeDate: "2026-11-15"));

        Assert.Equal(new ValueChangeItems(0, 120, 0, 0, 0), w.Items);
        AssertFigures(w, s: 0, n: 0, v: 120, won: 0, lost: 0, e: 120);
    }

    [Fact]
    public void Compute_CreatedOutOfWindowThenPulledIn_IsNotNewButPulledIn()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-04-10", 100m, "2027-08-01").Update("2026-06-01", closeDate: "2026-12-01"));

        Assert.Equal(new ValueChangeItems(0, 100, 0, 0, 0), w.Items);
        AssertFigures(w, s: 0, n: 0, v: 100, won: 0, lost: 0, e: 100);
        Assert.Equal(0, w.Counts.New);
    }

    [Fact]
    public void Compute_CreatedBeforeWindowCloseDateInPast_IsNeverInScope()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-04-10", 100m, "2026-03-01"));

        AssertFigures(w, s: 0, n: 0, v: 0, won: 0, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_OpenWithCloseDateInQuarterAtEnd_Slips()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-06-30"));

        Assert.Equal(new ValueChangeItems(0, 0, 0, -100, 0), w.Items);
        AssertFigures(w, s: 100, n: 0, v: -100, won: 0, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_OpenWithCloseDateInQuarterPlusFour_Enters()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2027-05-01"));

        Assert.Equal(new ValueChangeItems(0, 0, 0, 0, 100), w.Items);
        AssertFigures(w, s: 0, n: 0, v: 100, won: 0, lost: 0, e: 100);
        Assert.Equal([(Quarter.Parse("2027-Q2"), 100m, 1)], w.ByCloseQuarter.Select(p => (p.CloseQuarter, p.Amount, p.Count)));
    }

    [Theory]
    [InlineData(OpportunityStatus.Won, 100, 0)]
    [InlineData(OpportunityStatus.Lost, 0, 100)]
    public void Compute_InScopeClosed_IsWonOrLost(OpportunityStatus status, int won, int lost)
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Update("2026-05-01", closeDate: "2026-05-01", status: status));

        AssertFigures(w, s: 100, n: 0, v: 0, won: won, lost: lost, e: 0);
        Assert.Equal(new WaterfallCounts(1, 0, won > 0 ? 1 : 0, lost > 0 ? 1 : 0, 0), w.Counts);
    }

    [Fact]
    public void Compute_WonWithAmountChange_CountsAmountChangeThenWonAmount()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Won("2026-05-01", amount: 90m));

        Assert.Equal(new ValueChangeItems(-10, 0, 0, 0, 0), w.Items);
        AssertFigures(w, s: 100, n: 0, v: -10, won: 90, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_OutOfWindowDealWonWithCloseDateInQuarter_IsPulledInThenWon()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2027-09-01").Won("2026-05-01", closeDate: "2026-05-01"));

        Assert.Equal(new ValueChangeItems(0, 100, 0, 0, 0), w.Items);
        AssertFigures(w, s: 0, n: 0, v: 100, won: 100, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_OutOfWindowDealLostWithCloseDateInQuarter_IsPulledInThenLost()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2027-09-01").Lost("2026-05-01", amount: 80m, closeDate: "2026-05-01"));

        Assert.Equal(new ValueChangeItems(0, 80, 0, 0, 0), w.Items);
        AssertFigures(w, s: 0, n: 0, v: 80, won: 0, lost: 80, e: 0);
    }

    [Fact]
    public void Compute_OutOfWindowDealClosedWithCloseDateStillOut_IsIgnored()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2027-09-01").Lost("2026-05-01"));

        AssertFigures(w, s: 0, n: 0, v: 0, won: 0, lost: 0, e: 0);
    }

    [Theory]
    [InlineData(150, 50)]
    [InlineData(70, -30)]
    public void Compute_AmountChangeInScope_IsAmountChange(int newAmount, int change)
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Update("2026-05-01", amount: newAmount));

        Assert.Equal(new ValueChangeItems(change, 0, 0, 0, 0), w.Items);
        AssertFigures(w, s: 100, n: 0, v: change, won: 0, lost: 0, e: newAmount);
    }

    [Fact]
    public void Compute_AmountChangeOutOfScope_MovesNothing()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2027-09-01").Update("2026-05-01", amount: 500m));

        AssertFigures(w, s: 0, n: 0, v: 0, won: 0, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_CreatedAndWonInSameQuarter_IsNewAndWon()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-04-10", 100m, "2026-09-01").Won("2026-06-01", closeDate: "2026-06-01"));

        AssertFigures(w, s: 0, n: 100, v: 0, won: 100, lost: 0, e: 0);
        Assert.Equal(new WaterfallCounts(0, 1, 1, 0, 0), w.Counts);
    }

    [Fact]
    public void Compute_FirstStateReceivedAlreadyWon_IsNewAndWon()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-04-10", 100m, "2026-06-01", OpportunityStatus.Won, closedAt: "2026-06-01"));

        AssertFigures(w, s: 0, n: 100, v: 0, won: 100, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_Reopened_IsPulledIn()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Lost("2026-03-01").Update("2026-05-01", status: OpportunityStatus.Open, stage: "proposal"));

        Assert.Equal(new ValueChangeItems(0, 100, 0, 0, 0), w.Items);
        AssertFigures(w, s: 0, n: 0, v: 100, won: 0, lost: 0, e: 100);
    }

    [Fact]
    public void Compute_ReopenedAndLostAgain_CountsBothMoves()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Lost("2026-04-05").Update("2026-05-01", status: OpportunityStatus.Open).Lost("2026-06-01"));

        Assert.Equal(new ValueChangeItems(0, 100, 0, 0, 0), w.Items);
        AssertFigures(w, s: 100, n: 0, v: 100, won: 0, lost: 200, e: 0);
        Assert.Equal(2, w.Counts.ClosedLost);
    }

    [Fact]
    public void Compute_WonCorrectedToLost_MovesNothingMore()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Won("2026-03-01").Lost("2026-05-01"));

        AssertFigures(w, s: 0, n: 0, v: 0, won: 0, lost: 0, e: 0);
    }

    [Fact]
    public void Compute_CreatedAtFirstInstant_IsNewNotStarting()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-04-01", 100m, "2026-09-01"));

        Assert.Equal(new WaterfallCounts(0, 1, 0, 0, 1), w.Counts);
    }

    [Fact]
    public void Compute_ChangeAtQuarterEnd_BelongsToNextQuarter()
    {
        var w = Compute(new OpportunityBuilder("o", "2026-02-10", 100m, "2026-09-01").Won("2026-07-01"));

        AssertFigures(w, s: 100, n: 0, v: 0, won: 0, lost: 0, e: 100);
    }

    [Fact]
    public void Compute_NoHistories_IsAllZero()
    {
        var w = PipelineWaterfall.Compute(Q2, []);

        AssertFigures(w, s: 0, n: 0, v: 0, won: 0, lost: 0, e: 0);
        Assert.Empty(w.ByCloseQuarter);
    }

    /// <summary>The waterfall of the builder's versions, checked to reconcile and to be the same when they arrive newest first.</summary>
    private static PipelineWaterfall Compute(OpportunityBuilder builder)
    {
        var waterfall = PipelineWaterfall.Compute(Q2, [builder.Build()]);
        Assert.True(waterfall.Reconciles);
        var reversed = PipelineWaterfall.Compute(Q2, OpportunityHistory.FromArrivals(builder.States.Reverse()));
        Assert.Equal(
            (waterfall.Starting, waterfall.New, waterfall.ValueChange, waterfall.ClosedWon, waterfall.ClosedLost, waterfall.Ending, waterfall.Items, waterfall.Counts),
            (reversed.Starting, reversed.New, reversed.ValueChange, reversed.ClosedWon, reversed.ClosedLost, reversed.Ending, reversed.Items, reversed.Counts));
        return waterfall;
    }

    private static void AssertFigures(PipelineWaterfall w, decimal s, decimal n, decimal v, decimal won, decimal lost, decimal e) =>
        Assert.Equal((s, n, v, won, lost, e), (w.Starting, w.New, w.ValueChange, w.ClosedWon, w.ClosedLost, w.Ending));
}
