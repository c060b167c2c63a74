using System.Text.Json;
using Cascade.Domain.Pipeline;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Pipeline;

/// <summary>The waterfall of the shared scenario A matches its expected answers exactly.</summary>
public sealed class PipelineWaterfallScenarioTests
{
    private static readonly IReadOnlyList<OpportunityHistory> Histories =
        OpportunityHistory.FromArrivals(Scenario.A.OpportunityUpdates);

    public static TheoryData<string> Quarters() => [.. Scenario.A.Quarters];

    public static TheoryData<string, int> QuartersAndArrivalOrders()
    {
        var data = new TheoryData<string, int>();
        foreach (var quarter in Scenario.A.Quarters)
        {
            foreach (var seed in new[] { 0, 7, 2026 })
            {
                data.Add(quarter, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Compute_ScenarioA_MatchesExpectedWaterfall(string quarterText) =>
        AssertExpected(quarterText, PipelineWaterfall.Compute(Quarter.Parse(quarterText), Histories));

    /// <summary>Domain §6: the versions shuffled, as several concurrent senders deliver them, give the same figures.</summary>
    [Theory]
    [MemberData(nameof(QuartersAndArrivalOrders))]
    public void Compute_ScenarioAVersionsShuffled_MatchesExpectedWaterfall(string quarterText, int seed)
    {
        var arrivals = Scenario.A.OpportunityUpdatesFromSenders(seed, senders: 3).SelectMany(s => s);

        AssertExpected(quarterText, PipelineWaterfall.Compute(Quarter.Parse(quarterText), OpportunityHistory.FromArrivals(arrivals)));
    }

    private static void AssertExpected(string quarterText, PipelineWaterfall waterfall)
    {
        var expected = Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarterText);

        Assert.Equal(expected.GetProperty("quarter").GetString(), waterfall.Quarter.ToString());
        Assert.Equal(Money(expected, "starting"), waterfall.Starting);
        Assert.Equal(Money(expected, "new"), waterfall.New);
        Assert.Equal(Money(expected, "valueChange"), waterfall.ValueChange);
        Assert.Equal(Money(expected, "closedWon"), waterfall.ClosedWon);
        Assert.Equal(Money(expected, "closedLost"), waterfall.ClosedLost);
        Assert.Equal(Money(expected, "ending"), waterfall.Ending);
        var items = expected.GetProperty("valueChangeItems");
        Assert.Equal(
            new ValueChangeItems(Money(items, "amountChanges"), Money(items, "pulledIn"), Money(items, "pushedOut"), Money(items, "slipped"), Money(items, "entering")),
            waterfall.Items);
        var counts = expected.GetProperty("counts");
        Assert.Equal(
            new WaterfallCounts(Count(counts, "starting"), Count(counts, "new"), Count(counts, "closedWon"), Count(counts, "closedLost"), Count(counts, "ending")),
            waterfall.Counts);
        Assert.True(waterfall.Reconciles);
    }

    [Fact]
    public void Compute_ScenarioA_EndingIsNextStarting()
    {
        var q1 = Quarter.Parse("2026-Q1");

        var quarters = Enumerable.Range(0, 3).Select(i => PipelineWaterfall.Compute(q1.Plus(i), Histories)).ToList();

        Assert.Equal(quarters[0].Ending, quarters[1].Starting);
        Assert.Equal(quarters[1].Ending, quarters[2].Starting);
    }

    [Fact]
    public void Compute_ScenarioA_ByCloseQuarterSumsToEnding()
    {
        var waterfall = PipelineWaterfall.Compute(Quarter.Parse("2026-Q3"), Histories);

        Assert.Equal(
            [("2026-Q4", 48000m, 1), ("2027-Q2", 48000m, 1), ("2027-Q3", 150000m, 1)],
            waterfall.ByCloseQuarter.Select(p => (p.CloseQuarter.ToString(), p.Amount, p.Count)));
    }

    [Fact]
    public void FromArrivals_ScenarioA_IgnoresTheStaleLastUpdate()
    {
        var dunder = Histories.Single(h => h.OpportunityId == "opp-3011-2");

        Assert.Equal(48000m, dunder.Current!.Amount);
        Assert.Single(dunder.Timeline);
    }

    private static decimal Money(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static int Count(JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
