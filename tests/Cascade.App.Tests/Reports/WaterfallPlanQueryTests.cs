using Cascade.App.Reads;
using Cascade.App.Tests.Reads;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class WaterfallPlanQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetAsync_QuarterAfterTheScenario_ReconcilesWithTheObservedRates()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var waterfalls = Scenario.A.Expected.GetProperty("waterfall");

        var result = await workspace.Plan.GetAsync("2026-Q4", SeededWorkspace.Query(("endingTarget", "600000"), ("wonTarget", "100000")));

        var plan = result.Value!;
        Assert.Equal(waterfalls.GetProperty("2026-Q3").GetProperty("ending").GetDecimal(), plan.Starting);
        Assert.Equal(["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"], plan.Rates.ObservedQuarters);
        Assert.Equal(plan.EndingTarget - plan.Starting + plan.WonTarget + plan.ProjectedLost - plan.ProjectedValueChange, plan.RequiredNew);
        Assert.True(plan.Rates.LossRate >= 0);
    }

    [Fact]
    public async Task GetAsync_MissingTargets_NamesBoth()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Plan.GetAsync("2026-Q4", SeededWorkspace.Query());

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["endingTarget", "wonTarget"], result.Errors.ToDictionary().Keys);
    }
}
