using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using CsCheck;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>The waterfall reconciles exactly for any history, under any fiscal calendar.</summary>
public sealed class PipelineWaterfallPropertyTests
{
    [Fact]
    public void Compute_RandomHistories_ReconcilesAndMatchesIndependentStartAndEnd()
    {
        Arbitraries.Case.Sample(c =>
        {
            var histories = OpportunityHistory.FromArrivals(c.Arrivals);

            var w = PipelineWaterfall.Compute(c.Quarter, histories);

            Assert.True(w.Reconciles, $"{w}");
            Assert.Equal(w.Items.AmountChanges + w.Items.PulledIn + w.Items.PushedOut + w.Items.Slipped + w.Items.Entering, w.ValueChange);
            Assert.True(w.Items.PushedOut <= 0 && w.Items.Slipped <= 0 && w.Items.PulledIn >= 0 && w.Items.Entering >= 0);
            Assert.Equal(InScope(histories, c.Quarter.Start, c.Quarter), w.Starting);
            Assert.Equal(InScope(histories, c.Quarter.End, c.Quarter.Next()), w.Ending);
            Assert.Equal(w.Ending, PipelineWaterfall.Compute(c.Quarter.Next(), histories).Starting);
            Assert.Equal(w.Ending, w.ByCloseQuarter.Sum(p => p.Amount));
            Assert.Equal(w.Counts.Ending, w.ByCloseQuarter.Sum(p => p.Count));
        }, iter: 1000);
    }

    [Fact]
    public void Compute_OnlyTheHistoriesListedUnderTheQuarter_GivesTheWholeWaterfall()
    {
        Arbitraries.Case.Sample(c =>
        {
            var histories = OpportunityHistory.FromArrivals(c.Arrivals);
            foreach (var quarter in new[] { c.Quarter.Plus(-1), c.Quarter, c.Quarter.Plus(3) })
            {
                var listed = histories.Where(h => WaterfallQuarters.Of(h, quarter.Calendar).Contains(quarter)).ToList();

                var whole = PipelineWaterfall.Compute(quarter, histories);
                var indexed = PipelineWaterfall.Compute(quarter, listed);

                var none = Array.Empty<PipelineByCloseQuarter>();
                Assert.Equal(whole with { ByCloseQuarter = none }, indexed with { ByCloseQuarter = none });
                Assert.Equal(whole.ByCloseQuarter, indexed.ByCloseQuarter);
            }
        }, iter: 1000);
    }

    [Fact]
    public void PipelineReport_JustBeforeTheQuarterEnds_TotalsTheWaterfallsRunningInScopePipeline()
    {
        Arbitraries.Case.Sample(c =>
        {
            var histories = OpportunityHistory.FromArrivals(c.Arrivals);
            var w = PipelineWaterfall.Compute(c.Quarter, histories);
            var asOf = c.Quarter.End.AddTicks(-1);

            var deals = OpenPipeline.At(asOf, histories, c.Quarter.Calendar);
            var report = PipelineReport.Build(asOf, PipelineGrouping.Stage, deals, PipelineReport.StageKey, PipelineSettings.Default);

            // The running pipeline before the window moves on at the end: E without slipped and entering.
            Assert.Equal(w.Starting + w.New + w.Items.AmountChanges + w.Items.PulledIn + w.Items.PushedOut - w.ClosedWon - w.ClosedLost, report.Total.Amount);
            Assert.Equal(report.Total.Amount, report.Rows.Sum(r => r.Amount));
            Assert.Equal(report.Total.Count, report.Rows.Sum(r => r.Count));
        }, iter: 1000);
    }

    [Fact]
    public void ValueChangeReport_AnyTouches_RowsAndUnattributedSumExactlyToTheAmountChanges()
    {
        var touches = Gen.Select(Gen.Int[0, 25], Gen.Int[0, 1_100_000], Gen.Int[0, 3], Gen.Bool).Array[0, 80];
        Gen.Select(Arbitraries.Case, touches).Sample((c, generated) =>
        {
            var histories = OpportunityHistory.FromArrivals(c.Arrivals);
            var byDeal = generated
                .Select((t, i) => (Deal: $"o{t.Item1}", Touch: new Touchpoint
                {
                    EventId = $"t{i}",
                    OccurredAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(t.Item2),
                    Type = "page_view",
                    Channel = $"c{t.Item3}",
                    Origin = t.Item4 ? Origin.Marketing : Origin.Sales,
                }))
                .ToLookup(t => t.Deal, t => t.Touch);

            var w = PipelineWaterfall.Compute(c.Quarter, histories);
            var report = ValueChangeReport.Build(c.Quarter, PipelineWaterfall.AmountChangesOf(c.Quarter, histories), id => byDeal[id], t => t.Channel);

            Assert.Equal(w.Items.AmountChanges, report.Increases + report.Decreases);
            Assert.Equal(report.Increases, report.Rows.Sum(r => r.Increase) + report.UnattributedIncrease);
            Assert.Equal(report.Decreases, report.Rows.Sum(r => r.Decrease) + report.UnattributedDecrease);
            Assert.True(report.Increases >= 0 && report.Decreases <= 0);
        }, iter: 1000);
    }

    /// <summary>Σ amount of opportunities open just before the instant with a close date in the window starting at <paramref name="first"/>.</summary>
    private static decimal InScope(IEnumerable<OpportunityHistory> histories, DateTimeOffset instant, Quarter first) =>
        histories
            .Select(h => h.StateBefore(instant))
            .Where(s => s is { IsOpen: true } open && Quarter.Of(open.CloseDate, first.Calendar) >= first && Quarter.Of(open.CloseDate, first.Calendar) <= first.Plus(3))
            .Sum(s => s!.Value.Amount);

    public sealed record WaterfallCase(Quarter Quarter, IReadOnlyList<Opportunity> Arrivals)
    {
        public override string ToString() => $"{Quarter} ({Quarter.Calendar.StartMonth}), {Arrivals.Count} states";
    }

    private static class Arbitraries
    {
        private static readonly DateTimeOffset Origin = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateOnly DateOrigin = new(2025, 1, 1);

        private static readonly Gen<decimal> Amount = Gen.Int[0, 200_000].Select(cents => cents / 100m);
        private static readonly Gen<DateOnly> CloseDate = Gen.Int[0, 1100].Select(DateOrigin.AddDays);
        private static readonly Gen<OpportunityStatus> Status = Gen.Int[0, 5].Select(i => i switch
        {
            4 => OpportunityStatus.Won,
            5 => OpportunityStatus.Lost,
            _ => OpportunityStatus.Open,
        });

        /// <summary>A later state: minutes after the previous one (negative: a stale, older state) and a few changed fields.</summary>
        private static readonly Gen<(int Minutes, int Fields, decimal Amount, DateOnly CloseDate, OpportunityStatus Status)> Update =
            Gen.Select(Gen.Int[-3000, 80_000], Gen.Int[1, 15], Amount, CloseDate, Status);

        private static readonly Gen<Opportunity[]> Opportunity =
            Gen.Select(Gen.Int[0, 1_000_000], Amount, CloseDate, Status, Update.Array[0, 8])
                .Select((minutes, amount, close, status, updates) => States(minutes, amount, close, status, updates));

        public static readonly Gen<WaterfallCase> Case =
            Gen.Select(Gen.Int[1, 12], Gen.Int[-2, 10], Opportunity.Array[0, 25])
                .Select((month, offset, opportunities) =>
                {
                    var calendar = FiscalCalendar.StartingIn(month);
                    var arrivals = opportunities.SelectMany((states, i) => states.Select(s => s with { OpportunityId = $"o{i}" })).ToList();
                    return new WaterfallCase(Quarter.Of(Origin, calendar).Plus(offset), arrivals);
                });

        private static Opportunity[] States(int minutes, decimal amount, DateOnly close, OpportunityStatus status, (int Minutes, int Fields, decimal Amount, DateOnly CloseDate, OpportunityStatus Status)[] updates)
        {
            var createdAt = Origin.AddMinutes(minutes);
            var first = new Cascade.Domain.Pipeline.Opportunity
            {
                OpportunityId = "o",
                Amount = amount,
                CloseDate = close,
                Status = status,
                CreatedAt = createdAt,
                ClosedAt = status == OpportunityStatus.Open ? null : createdAt.AddDays(3),
                UpdatedAt = createdAt.AddDays(3),
            };
            var states = new List<Cascade.Domain.Pipeline.Opportunity> { first };
            foreach (var u in updates)
            {
                var last = states[^1];
                states.Add(last with
                {
                    Amount = (u.Fields & 1) != 0 ? u.Amount : last.Amount,
                    CloseDate = (u.Fields & 2) != 0 ? u.CloseDate : last.CloseDate,
                    Status = (u.Fields & 4) != 0 ? u.Status : last.Status,
                    Stage = (u.Fields & 8) != 0 ? $"stage{u.Minutes % 4}" : last.Stage,
                    UpdatedAt = last.UpdatedAt.AddMinutes(u.Minutes),
                });
            }

            return [.. states];
        }
    }
}
