using Cascade.Domain.Pipeline;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Pipeline;

public sealed class PipelinePlanTests
{
    [Fact]
    public void Compute_GivenRates_RequiredNewIsEMinusSPlusWPlusLMinusV()
    {
        var plan = PipelinePlan.Compute(1_000_000m, new PipelineTargets(Ending: 1_200_000m, Won: 300_000m), PlanningRates.Given(lossRate: 0.1m, valueChangeRate: -0.05m));

        Assert.Equal(100_000m, plan.ProjectedLost);
        Assert.Equal(-50_000m, plan.ProjectedValueChange);
        // 1.2M − 1M + 300k + 100k − (−50k)
        Assert.Equal(650_000m, plan.RequiredNew);
    }

    [Fact]
    public void Compute_TargetsAlreadyCovered_RequiredNewIsNegative()
    {
        var plan = PipelinePlan.Compute(1_000_000m, new PipelineTargets(500_000m, 100_000m), PlanningRates.Given(0m, 0m));

        Assert.Equal(-400_000m, plan.RequiredNew);
    }

    [Fact]
    public void Compute_ProjectionsAreRoundedToCentsHalfToEven()
    {
        var plan = PipelinePlan.Compute(100.25m, new PipelineTargets(0m, 0m), PlanningRates.Given(0.1m, 0.3m));

        Assert.Equal(10.02m, plan.ProjectedLost);
        Assert.Equal(30.08m, plan.ProjectedValueChange);
    }

    [Fact]
    public void Observe_PoolsLastFourQuartersOverStartingPipeline()
    {
        PipelineWaterfall[] waterfalls =
        [
            Waterfall("2025-Q1", starting: 9_999m, lost: 9_999m, amountChanges: 0m),
            Waterfall("2025-Q3", starting: 100m, lost: 10m, amountChanges: -20m),
            Waterfall("2025-Q2", starting: 300m, lost: 30m, amountChanges: 10m),
            Waterfall("2026-Q1", starting: 0m, lost: 0m, amountChanges: 0m),
            Waterfall("2025-Q4", starting: 100m, lost: 60m, amountChanges: -40m),
        ];

        var rates = PlanningRates.Observe(waterfalls);

        Assert.Equal(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1"], rates.ObservedQuarters.Select(q => q.ToString()));
        Assert.Equal(0.2m, rates.LossRate);
        Assert.Equal(-0.1m, rates.ValueChangeRate);
    }

    [Fact]
    public void Observe_NoStartingPipeline_RatesAreZero()
    {
        var rates = PlanningRates.Observe([]);

        Assert.Equal((0m, 0m), (rates.LossRate, rates.ValueChangeRate));
        Assert.Empty(rates.ObservedQuarters);
    }

    [Fact]
    public void ForQuarter_ScenarioA_StartsFromPreviousEndingAndObservesFourQuarters()
    {
        var histories = OpportunityHistory.FromArrivals(Scenario.A.OpportunityUpdates);

        var plan = PipelinePlan.ForQuarter(Quarter.Parse("2026-Q4"), new PipelineTargets(500_000m, 100_000m), histories);

        // S = ending of 2026-Q3; observed 2025-Q4 … 2026-Q3: Σ S = 0 + 360k + 594k + 594k, Σ L = 12k, Σ V = 150k − 150k − 348k.
        Assert.Equal(246_000m, plan.Starting);
        Assert.Equal(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"], plan.Rates.ObservedQuarters.Select(q => q.ToString()));
        Assert.Equal(12_000m / 1_548_000m, plan.Rates.LossRate);
        Assert.Equal(-348_000m / 1_548_000m, plan.Rates.ValueChangeRate);
        Assert.Equal(1_906.98m, plan.ProjectedLost);
        Assert.Equal(-55_302.33m, plan.ProjectedValueChange);
        Assert.Equal(500_000m - 246_000m + 100_000m + 1_906.98m + 55_302.33m, plan.RequiredNew);
    }

    private static PipelineWaterfall Waterfall(string quarter, decimal starting, decimal lost, decimal amountChanges) => new()
    {
        Quarter = Quarter.Parse(quarter),
        Starting = starting,
        New = 0m,
        Items = new ValueChangeItems(amountChanges, 0m, 0m, 0m, 0m),
        ClosedWon = 0m,
        ClosedLost = lost,
        Ending = starting + amountChanges - lost,
        Counts = new WaterfallCounts(0, 0, 0, 0, 0),
        ByCloseQuarter = [],
    };
}
