using System.Text.Json;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Workspace;

/// <summary>
/// Scenario A's expected answers reached through <see cref="WorkspaceAnalysis"/> — the lifecycle replay
/// giving the LC and MQ milestones, the touchpoints in arrival order and shuffled: journey order,
/// milestones, every model's credits (1e-9) and money (0.01 a touch, exact a total), sourced, influenced,
/// Markov shares, the sourcing report and the three quarters' waterfalls.
/// </summary>
public sealed class ScenarioAGoldenTests
{
    /// <summary>After every fact of the scenario: the end of its sourcing window.</summary>
    private static readonly DateTimeOffset AsOf = Scenario.A.SourcingTo;

    private static readonly Dictionary<int, WorkspaceAnalysis> Computed = [];

    public static TheoryData<int> Seeds => [0, 1, 7, 2026];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pipeline_EveryOpportunity_MatchesExpected(int seed)
    {
        var actual = ById(Attribution(seed).Attributions(AttributionKind.Pipeline));
        var expected = Scenario.A.Expected.GetProperty("pipeline");

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => ScenarioExpectations.AttributionMismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Revenue_EveryWonOpportunity_MatchesExpected(int seed)
    {
        var actual = ById(Attribution(seed).Attributions(AttributionKind.Revenue));
        var expected = Scenario.A.Expected.GetProperty("revenue");

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => ScenarioExpectations.AttributionMismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Revenue_OpportunitiesNotWon_AreRefused()
    {
        var analysis = Attribution(0);

        Assert.All(
            analysis.Opportunities.Where(h => h.Current!.Status != OpportunityStatus.Won),
            h => Assert.False(analysis.Attribute(h.OpportunityId, AttributionKind.Revenue).IsAttributed));
    }

    [Fact]
    public void Attribute_UnknownOpportunity_IsRefused() =>
        Assert.NotNull(Attribution(0).Attribute("no-such-opportunity", AttributionKind.Pipeline).Refusal);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Waterfall_EveryQuarter_MatchesExpected(int seed)
    {
        var analysis = Attribution(seed);
        foreach (var quarter in Scenario.A.Quarters)
        {
            var expected = Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarter);
            var actual = analysis.Waterfall(Quarter.Parse(quarter));

            Assert.Equal(expected.GetProperty("starting").GetDecimal(), actual.Starting);
            Assert.Equal(expected.GetProperty("new").GetDecimal(), actual.New);
            Assert.Equal(expected.GetProperty("valueChange").GetDecimal(), actual.ValueChange);
            Assert.Equal(expected.GetProperty("closedWon").GetDecimal(), actual.ClosedWon);
            Assert.Equal(expected.GetProperty("closedLost").GetDecimal(), actual.ClosedLost);
            Assert.Equal(expected.GetProperty("ending").GetDecimal(), actual.Ending);
            Assert.True(actual.Reconciles);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkovShares_MatchExpected(int seed)
    {
        var actual = Attribution(seed).MarkovShares.Shares;
        var expected = Scenario.A.Expected.GetProperty("markovShares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key], ScenarioExpectations.CreditTolerance));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SourcingReport_OverTheSourcingWindow_MatchesExpected(int seed)
    {
        var report = Attribution(seed).Sourcing(Scenario.A.SourcingFrom, Scenario.A.SourcingTo);
        var expected = Scenario.A.Expected.GetProperty("sourcing");

        static SourcingFigure Figure(JsonElement e) => new(e.GetProperty("count").GetInt32(), e.GetProperty("amount").GetDecimal());
        Assert.Equal(Figure(expected.GetProperty("marketingSourced")), report.MarketingSourced);
        Assert.Equal(Figure(expected.GetProperty("salesSourced")), report.SalesSourced);
        Assert.Equal(Figure(expected.GetProperty("unattributed")), report.Unattributed);
        Assert.Equal(Figure(expected.GetProperty("marketingInfluenced")), report.MarketingInfluenced);
        Assert.Equal(report.MarketingSourced.Count + report.SalesSourced.Count, report.ByChannel.Sum(r => r.Sourced.Count));
    }

    [Theory]
    [InlineData(AttributionKind.Pipeline)]
    [InlineData(AttributionKind.Revenue)]
    public void AttributionReport_EveryModelByChannel_TotalsTheAttributedAmounts(AttributionKind kind)
    {
        var analysis = Attribution(0);
        var attributions = analysis.Attributions(AttributionKind.Pipeline).Concat(analysis.Attributions(AttributionKind.Revenue)).ToList();
        var attributed = attributions.Where(a => a.Kind == kind).ToList();

        foreach (var model in AttributionModels.All)
        {
            var report = AttributionReport.Build(attributions, model, kind, AttributionGroupBy.Channel);

            Assert.Equal(attributed.Sum(a => a.Amount), report.Total.Amount);
            Assert.Equal(report.Total.Amount, report.Rows.Sum(r => r.Amount));
            Assert.Equal(attributed.Count, report.Total.Opportunities, 1e-9);
        }
    }

    private static WorkspaceAnalysis Attribution(int seed)
    {
        lock (Computed)
        {
            if (!Computed.TryGetValue(seed, out var computed))
            {
                var facts = new WorkspaceFacts
                {
                    Touchpoints = seed == 0 ? Scenario.A.Touchpoints : Scenario.A.ShuffledTouchpoints(seed),
                    OpportunityUpdates = Scenario.A.OpportunityUpdates,
                };
                computed = WorkspaceAnalysis.Build(facts, WorkspaceSettings.Default, AsOf);
                Computed[seed] = computed;
            }

            return computed;
        }
    }

    private static Dictionary<string, OpportunityAttribution> ById(IEnumerable<OpportunityAttribution> attributions) =>
        attributions.ToDictionary(a => a.OpportunityId, StringComparer.Ordinal);
}
